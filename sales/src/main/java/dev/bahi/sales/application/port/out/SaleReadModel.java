package dev.bahi.sales.application.port.out;

import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import java.util.Optional;

/** The sales read model. */
public interface SaleReadModel {
    void save(SaleView sale);

    Optional<SaleView> find(String tenantId, String saleId);

    SalePage list(ListSales query);

    void clear();
}
