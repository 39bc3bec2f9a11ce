package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A user's device profile as last reported. */
public record DeviceRegistered(String userId, String tenantId, String deviceId, DevicePlatform platform,
                               String appVersion, String pushToken, Instant registeredAt) implements TenantScoped {
}
