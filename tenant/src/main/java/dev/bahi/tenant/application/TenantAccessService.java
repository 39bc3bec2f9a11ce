package dev.bahi.tenant.application;

import dev.bahi.tenant.api.FindTenantStatus;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.in.CheckTenantAccessUseCase;
import dev.bahi.tenant.application.port.out.TenantAccessStore;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Decides from the access lookup, which changes in the same unit of work as a suspension. A shop missing
 * from it (the lookup is kept by a subscribing processor and so is never replayed, e.g. after a restore)
 * is looked up in the replayable read model instead, so that a suspended shop never slips through.
 * Also answers {@link FindTenantStatus} for other contexts; requests themselves are checked through the
 * runtime's {@code AccessRevocation} ({@code SuspendedTenantRevocation}).
 */
public final class TenantAccessService implements CheckTenantAccessUseCase {
    private final TenantAccessStore access;
    private final TenantReadModel tenants;

    public TenantAccessService(TenantAccessStore access, TenantReadModel tenants) {
        this.access = access;
        this.tenants = tenants;
    }

    @Override
    public Optional<TenantStatus> statusOf(String tenantId) {
        return access.statusOf(tenantId).or(() -> tenants.find(tenantId).map(TenantView::status));
    }

    /** Null for an unknown shop, which {@code optionalInstanceOf} callers receive as empty. */
    @QueryHandler
    public TenantStatus handle(FindTenantStatus query) {
        return statusOf(query.tenantId()).orElse(null);
    }
}
