package dev.bahi.tenant.application.port.in;

import dev.bahi.tenant.api.TenantStatus;
import java.util.Optional;

/** Asked on every authenticated request, login and refresh: may this shop's users work right now? */
public interface CheckTenantAccessUseCase {
    /** Empty for a shop Bahi does not know. */
    Optional<TenantStatus> statusOf(String tenantId);

    default boolean isSuspended(String tenantId) {
        return statusOf(tenantId).map(status -> status == TenantStatus.SUSPENDED).orElse(false);
    }
}
