package dev.bahi.tenant.api;

import java.time.Instant;

/** A shop as the read side knows it. */
public record TenantView(String tenantId, BusinessProfile profile, TenantStatus status, Instant registeredAt,
                         Instant updatedAt) {
}
