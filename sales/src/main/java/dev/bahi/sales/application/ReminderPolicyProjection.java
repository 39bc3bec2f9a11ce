package dev.bahi.sales.application;

import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderPolicyChanged;
import dev.bahi.sales.application.port.out.ReminderPolicyStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps each shop's reminder policy. Runs in the changing command's unit of work (a subscribing processor), so
 * that the owner reads back what they set and the next scan already follows it.
 */
@ProcessingGroup(ReminderPolicyProjection.PROCESSING_GROUP)
public class ReminderPolicyProjection {
    public static final String PROCESSING_GROUP = "sales.reminder-policy";

    private final ReminderPolicyStore store;

    public ReminderPolicyProjection(ReminderPolicyStore store) {
        this.store = store;
    }

    @EventHandler
    public void on(ReminderPolicyChanged event) {
        store.save(new ReminderPolicy(event.tenantId(), event.enabled(), event.everyDays(), event.minBalanceAgeDays(),
                event.localTime(), event.changedAt()));
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }
}
