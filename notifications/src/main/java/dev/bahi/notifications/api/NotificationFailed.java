package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A message will not reach its recipient: a permanent error, the last retry, or the provider reported it failed. */
public record NotificationFailed(String tenantId, String notificationId, int attempt, String code, String reason,
                                 Instant failedAt) implements TenantScoped {
}
