package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a message is not sent, with the status that says why. */
public record SkipNotification(@TargetAggregateIdentifier String notificationId, String tenantId,
                               NotificationStatus status, String reason) implements TenantScoped {
}
