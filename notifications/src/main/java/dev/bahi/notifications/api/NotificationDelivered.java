package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** The provider reported the message delivered to the recipient's device. */
public record NotificationDelivered(String tenantId, String notificationId,
                                    Instant deliveredAt) implements TenantScoped {
}
