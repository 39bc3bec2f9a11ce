package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A customer's reminders, newest first; answers a list of {@link ReminderView} (empty for another shop's). */
public record ListReminders(String tenantId, String customerId) implements TenantScoped {
}
