package dev.bahi.queryprojections.domain;

/** A khata entry that moves udhaar: given on a credit sale, collected by a repayment, or a collection refunded. */
public record CreditFact(String tenantId, String entryId, String saleId, Kind kind, String businessDate,
                         long amount) {

    /** What the entry did; {@code amount} is always positive. */
    public enum Kind { GIVEN, COLLECTED, COLLECTION_REFUNDED }
}
