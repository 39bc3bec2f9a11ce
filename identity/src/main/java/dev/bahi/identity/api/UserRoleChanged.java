package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A user's role changed from {@code previousRole} to {@code role}. */
public record UserRoleChanged(String userId, String tenantId, Role previousRole, Role role) implements TenantScoped {
}
