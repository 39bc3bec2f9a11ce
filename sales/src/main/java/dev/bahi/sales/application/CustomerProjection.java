package dev.bahi.sales.application;

import dev.bahi.sales.api.CustomerAccountOpened;
import dev.bahi.sales.api.CustomerDetailsChanged;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.application.port.out.CustomerReadModel;
import dev.bahi.sales.application.port.out.LedgerReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the customers (details and what they owe now) and every khata line. Entries carry the balance after them
 * and their sequence, so the customer's balance is the one of their latest entry; handling an event twice or
 * replaying the stream gives the same read models.
 */
@ProcessingGroup(CustomerProjection.PROCESSING_GROUP)
public class CustomerProjection {
    public static final String PROCESSING_GROUP = "sales.customers";

    private final CustomerReadModel customers;
    private final LedgerReadModel ledger;

    public CustomerProjection(CustomerReadModel customers, LedgerReadModel ledger) {
        this.customers = customers;
        this.ledger = ledger;
    }

    @EventHandler
    public void on(CustomerAccountOpened event) {
        customers.open(new CustomerView(event.customerId(), event.tenantId(), event.details(), 0, event.openedAt(),
                event.openedAt()));
    }

    @EventHandler
    public void on(CustomerDetailsChanged event) {
        customers.changeDetails(event.tenantId(), event.customerId(), event.details(), event.changedAt());
    }

    @EventHandler
    public void on(LedgerEntryRecorded event) {
        ledger.save(event.tenantId(), event.customerId(), view(event));
        customers.recordBalance(event.tenantId(), event.customerId(), event.sequence(), event.balance(),
                event.recordedAt());
    }

    @ResetHandler
    public void reset() {
        customers.clear();
        ledger.clear();
    }

    /** A khata line as statements show it. */
    static LedgerEntryView view(LedgerEntryRecorded e) {
        return new LedgerEntryView(e.entryId(), e.sequence(), e.businessDate(), e.kind(), e.debit(), e.credit(),
                e.balance(), e.saleId(), e.reference(), e.note(), e.overriddenBy(), e.recordedAt());
    }
}
