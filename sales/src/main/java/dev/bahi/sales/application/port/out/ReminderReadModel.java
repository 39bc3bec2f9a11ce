package dev.bahi.sales.application.port.out;

import dev.bahi.sales.api.ReminderView;
import java.util.List;
import java.util.Optional;

/** Every reminder requested, per customer; saving the same reminder again replaces it. */
public interface ReminderReadModel {
    void save(ReminderView reminder);

    /** The customer's reminders, newest first, at most {@code limit}. */
    List<ReminderView> ofCustomer(String tenantId, String customerId, int limit);

    /** The business date of the customer's latest reminder, manual or automatic. */
    Optional<String> lastRemindedOn(String tenantId, String customerId);

    void clear();
}
