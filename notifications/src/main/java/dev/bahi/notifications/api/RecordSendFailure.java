package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provider refused attempt {@code attempt} or could not be reached; {@code retryable} when a later attempt may
 * succeed.
 */
public record RecordSendFailure(@TargetAggregateIdentifier String notificationId, String tenantId, int attempt,
                                String code, String reason, boolean retryable) implements TenantScoped {
}
