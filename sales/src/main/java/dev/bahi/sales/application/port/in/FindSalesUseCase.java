package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import java.util.Optional;

/** Reading a shop's sales. */
public interface FindSalesUseCase {
    Optional<SaleView> find(String tenantId, String saleId);

    SalePage list(ListSales query);
}
