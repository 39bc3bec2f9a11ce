package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A shop joined Bahi with this profile. */
public record TenantRegistered(String tenantId, BusinessProfile profile, RegisterTenant.Onboarding onboarding,
                               Instant registeredAt) implements TenantScoped {
}
