package dev.bahi.tenant.application.port.in;

import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;

/** A shop owner changes their own shop's business profile. */
public interface UpdateTenantProfileUseCase {
    /** The shop after the change, as the aggregate recorded it (not as the read model may still show it). */
    TenantView updateProfile(String tenantId, ProfileChanges changes);
}
