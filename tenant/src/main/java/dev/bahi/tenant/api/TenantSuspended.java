package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A shop was suspended by the platform admin. */
public record TenantSuspended(String tenantId, String reason, Instant suspendedAt) implements TenantScoped {
}
