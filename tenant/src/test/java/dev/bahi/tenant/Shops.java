package dev.bahi.tenant;

import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.RegisterTenant;
import dev.bahi.tenant.api.TenantRegistered;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import java.time.Instant;

/** Shops the tests talk about: a Pune kirana store registered under GST, and a small unregistered one. */
public final class Shops {
    /** Valid Maharashtra (27) GSTIN, check character included. */
    public static final String PUNE_GSTIN = "27AAPFU0939F1ZV";
    /** The same PAN registered in Karnataka (29). */
    public static final String BENGALURU_GSTIN = "29AAPFU0939F1ZR";
    public static final Instant REGISTERED_AT = Instant.parse("2026-11-24T09:30:00Z");

    private Shops() {
    }

    /** The profile as recorded after normalisation. */
    public static BusinessProfile sharmaKirana() {
        return new BusinessProfile("Sharma Kirana Store", "Sharma Traders", GstRegistration.REGULAR, PUNE_GSTIN, "27",
                new Address("12 MG Road", null, "Pune", "411001"), "+919812345678", "owner@sharma.example",
                "sharmakirana@okicici", "Asia/Kolkata", "INV");
    }

    public static BusinessProfile unregisteredTeaStall() {
        return new BusinessProfile("Gupta Chai Corner", "Gupta Chai Corner", GstRegistration.UNREGISTERED, null, "09",
                null, null, null, null, "Asia/Kolkata", "INV");
    }

    public static TenantRegistered registered(String tenantId) {
        return registered(tenantId, sharmaKirana(), REGISTERED_AT);
    }

    public static TenantRegistered registered(String tenantId, BusinessProfile profile, Instant at) {
        return new TenantRegistered(tenantId, profile, RegisterTenant.Onboarding.SELF_SERVICE_SIGNUP, at);
    }

    public static TenantView activeView(String tenantId) {
        return new TenantView(tenantId, sharmaKirana(), TenantStatus.ACTIVE, REGISTERED_AT, REGISTERED_AT);
    }

    public static ProfileChanges noChanges() {
        return new ProfileChanges(null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ProfileChanges upiIdChange(String upiId) {
        return new ProfileChanges(null, null, null, null, null, null, null, null, upiId, null, null);
    }
}
