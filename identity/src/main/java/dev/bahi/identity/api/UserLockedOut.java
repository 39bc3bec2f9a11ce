package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Too many wrong passwords: no login for this user until {@code lockedUntil}. */
public record UserLockedOut(String userId, String tenantId, Instant lockedUntil) implements TenantScoped {
}
