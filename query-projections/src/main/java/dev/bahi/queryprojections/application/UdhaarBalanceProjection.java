package dev.bahi.queryprojections.application;

import dev.bahi.queryprojections.application.port.out.UdhaarBalanceReadModel;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Customer;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Line;
import dev.bahi.sales.api.CustomerAccountOpened;
import dev.bahi.sales.api.CustomerDetailsChanged;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryRecorded;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps every khata line once under its entry id, with the customers' names, so that balances can be aged at the
 * end of any date; handling a line twice or replaying the stream gives the same read model.
 */
@ProcessingGroup(UdhaarBalanceProjection.PROCESSING_GROUP)
public class UdhaarBalanceProjection {
    public static final String PROCESSING_GROUP = "query-projections.udhaar-balances";

    private final UdhaarBalanceReadModel khatas;

    public UdhaarBalanceProjection(UdhaarBalanceReadModel khatas) {
        this.khatas = khatas;
    }

    @EventHandler
    public void on(CustomerAccountOpened e) {
        khatas.saveCustomer(e.tenantId(), new Customer(e.customerId(), e.details().name(), e.details().phone()));
    }

    @EventHandler
    public void on(CustomerDetailsChanged e) {
        khatas.saveCustomer(e.tenantId(), new Customer(e.customerId(), e.details().name(), e.details().phone()));
    }

    @EventHandler
    public void on(LedgerEntryRecorded e) {
        khatas.saveLine(e.tenantId(), e.entryId(), new Line(e.customerId(), e.sequence(),
                LocalDate.parse(e.businessDate()), e.debit(), e.credit(), e.saleId(),
                e.kind() == LedgerEntryKind.SALE_CANCELLED));
    }

    @ResetHandler
    public void reset() {
        khatas.clear();
    }
}
