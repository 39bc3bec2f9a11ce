package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Nothing was sent, and {@code status} says why (not configured, opted out, no opt-in). */
public record NotificationSkipped(String tenantId, String notificationId, NotificationStatus status, String reason,
                                  Instant skippedAt) implements TenantScoped {
}
