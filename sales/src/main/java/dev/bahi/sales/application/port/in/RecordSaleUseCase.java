package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.SaleView;

/** Recording and cancelling counter sales. */
public interface RecordSaleUseCase {
    SaleView record(String tenantId, SaleInput input);

    SaleView cancel(String tenantId, String saleId, String reason);
}
