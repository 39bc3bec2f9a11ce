package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A correct password after failures: the failure count starts again from zero. */
public record FailedLoginsCleared(String userId, String tenantId, Instant clearedAt) implements TenantScoped {
}
