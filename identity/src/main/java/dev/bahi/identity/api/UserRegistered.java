package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A person became a user of a shop. */
public record UserRegistered(String userId, String tenantId, String name, String email, String phone,
                             String passwordHash, Role role, String invitationId, Instant registeredAt)
        implements TenantScoped {
}
