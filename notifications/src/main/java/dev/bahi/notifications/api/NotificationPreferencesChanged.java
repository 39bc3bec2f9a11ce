package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's notification preferences changed; the event carries all of them. */
public record NotificationPreferencesChanged(String tenantId, NotificationPreferences preferences,
                                             java.time.Instant changedAt) implements TenantScoped {
}
