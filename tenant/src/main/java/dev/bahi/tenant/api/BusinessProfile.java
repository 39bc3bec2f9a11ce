package dev.bahi.tenant.api;

/**
 * A shop's business profile as registered. {@code gstin} is null only for {@link GstRegistration#UNREGISTERED};
 * {@code phone} is E.164, {@code email} lower-case, {@code timeZone} an IANA zone id.
 */
public record BusinessProfile(
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
