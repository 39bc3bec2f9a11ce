package dev.bahi.sales.application;

import dev.bahi.sales.api.FindReminderPolicy;
import dev.bahi.sales.api.ListReminders;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.application.port.out.ReminderPolicyStore;
import dev.bahi.sales.application.port.out.ReminderReadModel;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

/** Answers reminder queries from the read models only, always within the asking shop. */
public class ReminderQueryHandler {
    /** A customer's reminder history shown at once; enough for years of weekly reminders. */
    static final int HISTORY = 200;

    private final ReminderPolicyStore policies;
    private final ReminderReadModel reminders;

    public ReminderQueryHandler(ReminderPolicyStore policies, ReminderReadModel reminders) {
        this.policies = policies;
        this.reminders = reminders;
    }

    @QueryHandler
    public ReminderPolicy handle(FindReminderPolicy query) {
        return policies.find(query.tenantId()).orElseGet(() -> ReminderPolicy.defaults(query.tenantId()));
    }

    @QueryHandler
    public List<ReminderView> handle(ListReminders query) {
        return reminders.ofCustomer(query.tenantId(), query.customerId(), HISTORY);
    }
}
