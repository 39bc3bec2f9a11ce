package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records (or refreshes) a device a user works from, with its push token for notifications. */
public record RegisterDevice(@TargetAggregateIdentifier String userId, String tenantId, String deviceId,
                             DevicePlatform platform, String appVersion, String pushToken) implements TenantScoped {
}
