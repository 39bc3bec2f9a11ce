package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's notification settings; the defaults when it never changed them. */
public record FindNotificationSettings(String tenantId) implements TenantScoped {
}
