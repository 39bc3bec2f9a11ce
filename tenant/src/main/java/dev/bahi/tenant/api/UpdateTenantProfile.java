package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the fields of a shop's profile that are not null in {@code changes}; the result must be valid as a whole. */
public record UpdateTenantProfile(@TargetAggregateIdentifier String tenantId, ProfileChanges changes)
        implements TenantScoped {

    /** Each field null means "leave as it is"; {@code address} is replaced whole. */
    public record ProfileChanges(
            String name,
            String legalName,
            GstRegistration gstRegistration,
            String gstin,
            String stateCode,
            Address address,
            String phone,
            String email,
            String upiId,
            String timeZone,
            String invoicePrefix) {
    }
}
