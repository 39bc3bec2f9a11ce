package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A status the provider reported for a sent message: DELIVERED, READ or FAILED (with its error). Repeats and late
 * arrivals change nothing.
 */
public record RecordProviderStatus(@TargetAggregateIdentifier String notificationId, String tenantId,
                                   NotificationStatus status, String code,
                                   String reason, Instant reportedAt) implements TenantScoped {
}
