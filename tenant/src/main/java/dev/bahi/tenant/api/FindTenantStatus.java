package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * Asks whether a shop may work right now (e.g. before a login or token refresh); answers {@link TenantStatus},
 * or null for an unknown shop. Answered from the lookup that changes in the unit of work of a suspension,
 * so, unlike {@link FindTenant}, it never lags behind one.
 */
public record FindTenantStatus(String tenantId) implements TenantScoped {
}
