package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** The provider reported the message read. */
public record NotificationRead(String tenantId, String notificationId, Instant readAt) implements TenantScoped {
}
