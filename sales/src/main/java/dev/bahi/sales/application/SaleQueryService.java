package dev.bahi.sales.application;

import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.sales.api.FindSale;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.in.FindSalesUseCase;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Reads sales through the query bus, so that the read side can move to another service unchanged. */
public final class SaleQueryService implements FindSalesUseCase {
    private final QueryGateway queries;
    private final Duration catchUpWait;

    public SaleQueryService(QueryGateway queries, Duration catchUpWait) {
        this.queries = queries;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public Optional<SaleView> find(String tenantId, String saleId) {
        return queries.query(new FindSale(tenantId, saleId), ResponseTypes.optionalInstanceOf(SaleView.class)).join();
    }

    /** For a sale the caller is acting on: a miss may be the projection catching up with a sale just made. */
    Optional<SaleView> findAfterWrite(String tenantId, String saleId) {
        return ReadYourWrites.await(() -> find(tenantId, saleId), catchUpWait);
    }

    @Override
    public SalePage list(ListSales query) {
        return queries.query(query, ResponseTypes.instanceOf(SalePage.class)).join();
    }
}
