package dev.bahi.tenant.application;

import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantRegistered;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the shops' read model. Every event sets state rather than adding to it (events carry the whole
 * profile), so handling an event again, or replaying the stream, leaves the same result.
 */
@ProcessingGroup(TenantProjection.PROCESSING_GROUP)
public class TenantProjection {
    public static final String PROCESSING_GROUP = "tenant.tenants";

    private final TenantReadModel tenants;

    public TenantProjection(TenantReadModel tenants) {
        this.tenants = tenants;
    }

    @EventHandler
    public void on(TenantRegistered event) {
        tenants.save(new TenantView(event.tenantId(), event.profile(), TenantStatus.ACTIVE,
                event.registeredAt(), event.registeredAt()));
    }

    @EventHandler
    public void on(TenantProfileUpdated event) {
        tenants.find(event.tenantId()).ifPresent(tenant -> tenants.save(
                new TenantView(tenant.tenantId(), event.profile(), tenant.status(), tenant.registeredAt(),
                        event.updatedAt())));
    }

    @EventHandler
    public void on(TenantSuspended event) {
        changeStatus(event.tenantId(), TenantStatus.SUSPENDED, event.suspendedAt());
    }

    @EventHandler
    public void on(TenantReactivated event) {
        changeStatus(event.tenantId(), TenantStatus.ACTIVE, event.reactivatedAt());
    }

    @ResetHandler
    public void reset() {
        tenants.clear();
    }

    private void changeStatus(String tenantId, TenantStatus status, Instant at) {
        tenants.find(tenantId).ifPresent(tenant -> tenants.save(
                new TenantView(tenant.tenantId(), tenant.profile(), status, tenant.registeredAt(), at)));
    }
}
