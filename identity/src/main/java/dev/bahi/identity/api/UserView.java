package dev.bahi.identity.api;

import java.time.Instant;
import java.util.List;

/** A user as the read side knows it. */
public record UserView(String userId, String tenantId, String name, String email, String phone, Role role,
                       UserStatus status, List<Device> devices, Instant registeredAt) {

    /** A device the user works from. */
    public record Device(String deviceId, DevicePlatform platform, String appVersion, String pushToken,
                         Instant lastSeenAt) {
    }
}
