package dev.bahi.sales.application;

import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindLedger;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.application.port.out.CustomerReadModel;
import dev.bahi.sales.application.port.out.LedgerReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the customer and khata queries from the read models only, always within the asking shop. */
public class CustomerQueryHandler {
    private final CustomerReadModel customers;
    private final LedgerReadModel ledger;

    public CustomerQueryHandler(CustomerReadModel customers, LedgerReadModel ledger) {
        this.customers = customers;
        this.ledger = ledger;
    }

    /** Null when the shop has no such customer, which {@code optionalInstanceOf} callers see as empty. */
    @QueryHandler
    public CustomerView handle(FindCustomer query) {
        return customers.find(query.tenantId(), query.customerId()).orElse(null);
    }

    @QueryHandler
    public CustomerPage handle(ListCustomers query) {
        return customers.list(query);
    }

    /**
     * Null when the shop has no such customer. The opening balance is the one after the last entry dated before
     * {@code from} (nothing owed before the first entry), the closing balance the one after the last entry dated
     * up to {@code to}.
     */
    @QueryHandler
    public Ledger handle(FindLedger query) {
        String tenantId = query.tenantId();
        String customerId = query.customerId();
        if (customers.find(tenantId, customerId).isEmpty()) {
            return null;
        }
        String from = CustomerQueryService.date(query.from(), "from");
        String to = CustomerQueryService.date(query.to(), "to");
        CustomerQueryService.checkRange(from, to);
        long opening = from == null ? 0
                : ledger.lastBefore(tenantId, customerId, from).map(LedgerEntryView::balance).orElse(0L);
        long closing = ledger.lastUpTo(tenantId, customerId, to).map(LedgerEntryView::balance).orElse(0L);
        return new Ledger(customerId, from, to, opening, closing, ledger.between(tenantId, customerId, from, to));
    }
}
