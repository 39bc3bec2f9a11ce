package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Attempt {@code attempt} of a message went to its provider. */
public record DeliveryStarted(String tenantId, String notificationId, int attempt,
                              Instant startedAt) implements TenantScoped {
}
