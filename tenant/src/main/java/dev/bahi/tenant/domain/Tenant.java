package dev.bahi.tenant.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.ReactivateTenant;
import dev.bahi.tenant.api.RegisterTenant;
import dev.bahi.tenant.api.SuspendTenant;
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantRegistered;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A shop on Bahi: its business profile and whether it may work. The shop's id is its tenant id.
 * Command handlers take the runtime's {@link Clock} as a resource, so that event times are testable.
 * Handlers other than registration answer the shop as it stands afterwards, so that callers need not
 * wait for the read model to catch up.
 */
// The runtime's AxonMongoConfiguration.SNAPSHOT_TRIGGER, spelled out to keep the domain free of the runtime.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class Tenant {
    static final int MAX_REASON_LENGTH = 500;

    @AggregateIdentifier
    private String tenantId;
    private BusinessProfile profile;
    private TenantStatus status;
    private Instant registeredAt;
    private Instant updatedAt;

    /** For Axon, which rebuilds the shop from its events, and for the snapshot serializer. */
    protected Tenant() {
    }

    @CommandHandler
    public Tenant(RegisterTenant command, Clock clock) {
        if (command.tenantId() == null || command.tenantId().isBlank()) {
            throw new RuleViolation("TENANT_ID_REQUIRED", "tenantId", "a new shop needs an id");
        }
        if (command.onboarding() == null) {
            throw new RuleViolation("ONBOARDING_REQUIRED", "onboarding", "say how the shop came to Bahi");
        }
        BusinessProfile normalised = BusinessProfilePolicy.normalise(command.profile());
        apply(new TenantRegistered(command.tenantId(), normalised, command.onboarding(), clock.instant()));
    }

    @CommandHandler
    public TenantView handle(UpdateTenantProfile command, Clock clock) {
        requireOwn(command.tenantId());
        BusinessProfile merged = BusinessProfilePolicy.merge(profile, command.changes());
        if (!merged.equals(profile)) {
            apply(new TenantProfileUpdated(tenantId, merged, clock.instant()));
        }
        return view();
    }

    @CommandHandler
    public TenantView handle(SuspendTenant command, Clock clock) {
        requireOwn(command.tenantId());
        String reason = command.reason() == null ? "" : command.reason().trim();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            throw new RuleViolation("REASON_REQUIRED", "reason",
                    "say in at most " + MAX_REASON_LENGTH + " characters why the shop is suspended");
        }
        if (status == TenantStatus.SUSPENDED) {
            throw new StateConflict("TENANT_ALREADY_SUSPENDED", "shop " + tenantId + " is already suspended");
        }
        apply(new TenantSuspended(tenantId, reason, clock.instant()));
        return view();
    }

    @CommandHandler
    public TenantView handle(ReactivateTenant command, Clock clock) {
        requireOwn(command.tenantId());
        if (status != TenantStatus.SUSPENDED) {
            throw new StateConflict("TENANT_NOT_SUSPENDED", "shop " + tenantId + " is not suspended");
        }
        apply(new TenantReactivated(tenantId, clock.instant()));
        return view();
    }

    /** A command for another shop must not learn that this one exists. */
    private void requireOwn(String commandTenantId) {
        if (tenantId == null || !tenantId.equals(commandTenantId)) {
            throw new NotFound("TENANT_NOT_FOUND", "shop " + commandTenantId + " not found");
        }
    }

    private TenantView view() {
        return new TenantView(tenantId, profile, status, registeredAt, updatedAt);
    }

    @EventSourcingHandler
    void on(TenantRegistered event) {
        tenantId = event.tenantId();
        profile = event.profile();
        status = TenantStatus.ACTIVE;
        registeredAt = event.registeredAt();
        updatedAt = event.registeredAt();
    }

    @EventSourcingHandler
    void on(TenantProfileUpdated event) {
        profile = event.profile();
        updatedAt = event.updatedAt();
    }

    @EventSourcingHandler
    void on(TenantSuspended event) {
        status = TenantStatus.SUSPENDED;
        updatedAt = event.suspendedAt();
    }

    @EventSourcingHandler
    void on(TenantReactivated event) {
        status = TenantStatus.ACTIVE;
        updatedAt = event.reactivatedAt();
    }
}
