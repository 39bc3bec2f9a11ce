package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A message was accepted by its provider, which will report delivery under {@code providerMessageId}. */
public record NotificationSent(String tenantId, String notificationId, Channel channel, int attempt,
                               String providerMessageId, Instant sentAt) implements TenantScoped {
}
