package dev.bahi.tenant.application;

import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantRegistered;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.application.port.out.TenantAccessStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps the access lookup the token check reads. Runs in a subscribing processor, i.e. in the unit of work
 * that records the suspension, so that by the time the admin's request returns, the shop's tokens no
 * longer work. A failure here fails the command (see the tenant configuration), rather than leaving a
 * suspended shop working. Subscribing processors never replay, hence no reset handler.
 */
@ProcessingGroup(TenantAccessProjection.PROCESSING_GROUP)
public class TenantAccessProjection {
    public static final String PROCESSING_GROUP = "tenant.access";

    private final TenantAccessStore access;

    public TenantAccessProjection(TenantAccessStore access) {
        this.access = access;
    }

    @EventHandler
    public void on(TenantRegistered event) {
        access.record(event.tenantId(), TenantStatus.ACTIVE, event.registeredAt());
    }

    @EventHandler
    public void on(TenantSuspended event) {
        access.record(event.tenantId(), TenantStatus.SUSPENDED, event.suspendedAt());
    }

    @EventHandler
    public void on(TenantReactivated event) {
        access.record(event.tenantId(), TenantStatus.ACTIVE, event.reactivatedAt());
    }
}
