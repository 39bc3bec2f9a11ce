package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An attempt failed for a reason that may pass; the next attempt is due at {@code retryAt}. */
public record DeliveryAttemptFailed(String tenantId, String notificationId, int attempt, String code, String reason,
                                    Instant retryAt, Instant failedAt) implements TenantScoped {
}
