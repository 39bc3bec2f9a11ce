package dev.bahi.tenant.adapter.in.security;

import dev.bahi.platform.runtime.security.AccessRevocation;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.tenant.application.port.in.CheckTenantAccessUseCase;
import java.util.Optional;

/** Refuses every token of a suspended shop, from the moment of suspension rather than at token expiry. */
public final class SuspendedTenantRevocation implements AccessRevocation {
    public static final String TENANT_SUSPENDED = "TENANT_SUSPENDED";

    private final CheckTenantAccessUseCase access;

    public SuspendedTenantRevocation(CheckTenantAccessUseCase access) {
        this.access = access;
    }

    @Override
    public Optional<String> revokedReason(BahiPrincipal principal) {
        // The platform admin belongs to no shop, so no suspension can lock them out.
        if (principal.tenantId() == null) {
            return Optional.empty();
        }
        return access.isSuspended(principal.tenantId()) ? Optional.of(TENANT_SUSPENDED) : Optional.empty();
    }
}
