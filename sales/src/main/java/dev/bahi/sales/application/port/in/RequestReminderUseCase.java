package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.ReminderView;
import java.util.List;

/**
 * Asking for a reminder of what a customer owes, by hand, and seeing the reminders asked for. A reminder is
 * requested, not sent: the notifications context sends it from the {@code ReminderRequested} event.
 */
public interface RequestReminderUseCase {
    /** NOTHING_DUE, REMINDERS_OPTED_OUT or ALREADY_REMINDED_TODAY when the khata refuses. */
    ReminderView request(String tenantId, String customerId, ReminderInput input);

    /** The customer's reminders, newest first; CUSTOMER_NOT_FOUND for another shop's customer. */
    List<ReminderView> reminders(String tenantId, String customerId);

    /** {@code channel} WHATSAPP (default) or SMS; {@code note} an optional line from the shop. */
    record ReminderInput(String channel, String note) {
    }
}
