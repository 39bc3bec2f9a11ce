package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Claims attempt {@code attempt} of a message for one sender; refused when the message is not due for it. */
public record StartDelivery(@TargetAggregateIdentifier String notificationId, String tenantId,
                            int attempt) implements TenantScoped {
}
