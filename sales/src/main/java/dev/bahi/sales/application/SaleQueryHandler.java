package dev.bahi.sales.application;

import dev.bahi.sales.api.FindSale;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.out.SaleReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the sales queries from the read model only, within the asking shop. */
public class SaleQueryHandler {
    private final SaleReadModel sales;

    public SaleQueryHandler(SaleReadModel sales) {
        this.sales = sales;
    }

    @QueryHandler
    public SaleView handle(FindSale query) {
        return sales.find(query.tenantId(), query.saleId()).orElse(null);
    }

    @QueryHandler
    public SalePage handle(ListSales query) {
        return sales.list(query);
    }
}
