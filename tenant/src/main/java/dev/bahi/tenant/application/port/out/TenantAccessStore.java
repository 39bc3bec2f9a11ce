package dev.bahi.tenant.application.port.out;

import dev.bahi.tenant.api.TenantStatus;
import java.time.Instant;
import java.util.Optional;

/** The tiny lookup the token check reads on every request: may a shop work, or is it suspended? */
public interface TenantAccessStore {
    Optional<TenantStatus> statusOf(String tenantId);

    void record(String tenantId, TenantStatus status, Instant changedAt);
}
