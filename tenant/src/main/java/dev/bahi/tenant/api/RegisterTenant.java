package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new shop; {@code profile} is validated by the tenant aggregate. */
public record RegisterTenant(@TargetAggregateIdentifier String tenantId, BusinessProfile profile, Onboarding onboarding)
        implements TenantScoped {

    /** How the shop came to Bahi. */
    public enum Onboarding { SELF_SERVICE_SIGNUP, PLATFORM_ADMIN, DEMO }
}
