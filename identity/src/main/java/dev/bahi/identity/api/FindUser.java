package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;

/** Asks for one user of a shop. */
public record FindUser(String tenantId, String userId) implements TenantScoped {
}
