package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A shop's profile changed; {@code profile} is the whole profile after the change. */
public record TenantProfileUpdated(String tenantId, BusinessProfile profile, Instant updatedAt) implements TenantScoped {
}
