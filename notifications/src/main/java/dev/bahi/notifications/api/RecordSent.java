package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider accepted attempt {@code attempt} under its own message id. */
public record RecordSent(@TargetAggregateIdentifier String notificationId, String tenantId, int attempt,
                         String providerMessageId) implements TenantScoped {
}
