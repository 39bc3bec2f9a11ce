package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A user may no longer log in. */
public record UserDisabled(String userId, String tenantId, Instant disabledAt) implements TenantScoped {
}
