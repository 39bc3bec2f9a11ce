package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One message of the shop with its history; null when the shop has no such message. */
public record FindNotification(String tenantId, String notificationId) implements TenantScoped {
}
