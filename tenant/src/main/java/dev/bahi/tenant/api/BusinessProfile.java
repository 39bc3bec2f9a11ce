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
    /** India's zone, for a shop that has not named its own. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Kolkata";

    /** The zone the shop's business dates (its day's sales, its financial year) are counted in. */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone == null ? DEFAULT_TIME_ZONE : timeZone);
    }

    /** The shop's business date at {@code at}: the day in its own time zone. */
    public java.time.LocalDate businessDate(java.time.Instant at) {
        return java.time.LocalDate.ofInstant(at, zone());
    }
}
