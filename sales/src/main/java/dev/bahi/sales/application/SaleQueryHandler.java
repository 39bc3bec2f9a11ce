package dev.bahi.sales.application;

import dev.bahi.sales.api.FindSale;
import dev.bahi.sales.api.FindSettlement;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.Settlement;
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

    /** Null when the shop has no such sale. The khata is named when part of the sale was put on credit. */
    @QueryHandler
    public Settlement handle(FindSettlement query) {
        return sales.find(query.tenantId(), query.saleId()).map(s -> new Settlement(s.saleId(), s.tenantId(),
                s.totals().grandTotal(), s.payment().paid(), s.payment().due(),
                s.payment().parts().stream().anyMatch(p -> p.mode() == PaymentMode.CREDIT) && s.buyer() != null
                        ? s.buyer().customerId() : null)).orElse(null);
    }

    @QueryHandler
    public SalePage handle(ListSales query) {
        return sales.list(query);
    }
}
