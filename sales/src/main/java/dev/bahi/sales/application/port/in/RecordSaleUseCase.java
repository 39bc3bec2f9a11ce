package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.SaleView;

/** Recording and cancelling counter sales. */
public interface RecordSaleUseCase {
    /**
     * Records a sale; {@code overriddenBy} is the owner or manager who lets a credit sale pass the customer's
     * credit limit (null: the limit holds).
     */
    SaleView record(String tenantId, SaleInput input, String overriddenBy);

    SaleView cancel(String tenantId, String saleId, String reason);
}
