package dev.bahi.tenant.application.port.in;

import dev.bahi.tenant.api.TenantView;

/** The platform admin stops and restarts shops. */
public interface AdministerTenantsUseCase {
    /** Suspends the shop; its users' tokens stop working at once. */
    TenantView suspend(String tenantId, String reason);

    TenantView reactivate(String tenantId);
}
