package dev.bahi.sales.api;

import java.time.Instant;

/**
 * A reminder as the shop sees it: {@code balance} in paise, {@code upiLink} null when the shop has no UPI id,
 * {@code requestedOn} the business date. Requested only: delivery is the notifications context's to report.
 */
public record ReminderView(String reminderId, String tenantId, String customerId, long balance, String upiLink,
                           ReminderChannel channel, String note, boolean automatic, String requestedOn,
                           Instant requestedAt) {
    public static ReminderView of(ReminderRequested e) {
        return new ReminderView(e.reminderId(), e.tenantId(), e.customerId(), e.balance(), e.upiLink(), e.channel(),
                e.note(), e.automatic(), e.requestedOn(), e.requestedAt());
    }
}
