package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A disabled user may log in again. */
public record UserEnabled(String userId, String tenantId, Instant enabledAt) implements TenantScoped {
}
