package dev.bahi.tenant.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One shop in the {@code tenants} collection; flat, so that an admin can read it in a Mongo shell. */
@Document(collection = TenantDocument.COLLECTION)
record TenantDocument(
        @Id String id,
        String tenantId,
        String name,
        String legalName,
        GstRegistration gstRegistration,
        String gstin,
        String stateCode,
        AddressDocument address,
        String phone,
        String email,
        String upiId,
        String timeZone,
        String invoicePrefix,
        TenantStatus status,
        Instant registeredAt,
        Instant updatedAt) {
    static final String COLLECTION = "tenants";

    record AddressDocument(String line1, String line2, String city, String pincode) {
    }

    /** A shop is a tenant of itself, so its key is {@code <tenantId>:<tenantId>}. */
    static String idOf(String tenantId) {
        return TenantKeys.id(tenantId, tenantId);
    }

    static TenantDocument of(TenantView view) {
        BusinessProfile p = view.profile();
        Address a = p.address();
        return new TenantDocument(idOf(view.tenantId()), view.tenantId(), p.name(), p.legalName(), p.gstRegistration(),
                p.gstin(), p.stateCode(),
                a == null ? null : new AddressDocument(a.line1(), a.line2(), a.city(), a.pincode()),
                p.phone(), p.email(), p.upiId(), p.timeZone(), p.invoicePrefix(), view.status(), view.registeredAt(),
                view.updatedAt());
    }

    TenantView toView() {
        Address a = address == null ? null : new Address(address.line1(), address.line2(), address.city(), address.pincode());
        return new TenantView(tenantId, new BusinessProfile(name, legalName, gstRegistration, gstin, stateCode, a,
                phone, email, upiId, timeZone, invoicePrefix), status, registeredAt, updatedAt);
    }
}
