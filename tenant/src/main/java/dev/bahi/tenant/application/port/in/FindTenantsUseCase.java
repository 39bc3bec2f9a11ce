package dev.bahi.tenant.application.port.in;

import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import java.util.Optional;

/** Reads shops from the read model. */
public interface FindTenantsUseCase {
    Optional<TenantView> find(String tenantId);

    /**
     * The caller's own shop. It exists for certain (the caller holds a token for it), so a miss means the
     * read model has not caught up with registration yet, and is waited out briefly.
     */
    Optional<TenantView> findOwn(String tenantId);

    /** Every shop, for the platform admin. */
    TenantPage list(Integer limit, String cursor);
}
