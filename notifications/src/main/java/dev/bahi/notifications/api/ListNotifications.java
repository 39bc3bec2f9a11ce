package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** The shop's messages in the order they were asked for, optionally of one status, channel or kind. */
public record ListNotifications(String tenantId, NotificationStatus status, Channel channel, NotificationKind kind,
                                int limit, String cursor) implements TenantScoped {
}
