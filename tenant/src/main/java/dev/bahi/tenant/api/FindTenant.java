package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;

/** Asks for one shop's profile and status; answers {@code Optional<TenantView>}-like null when unknown. */
public record FindTenant(String tenantId) implements TenantScoped {
}
