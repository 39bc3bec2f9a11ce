package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's automatic reminder policy; answers {@link ReminderPolicy} (the defaults when never changed). */
public record FindReminderPolicy(String tenantId) implements TenantScoped {
}
