package dev.bahi.queryprojections.domain;

/**
 * A payment as recorded, kept to date and attribute what later happens to it (its confirmation, its refunds):
 * {@code counter} when it is a counter sale's part recorded by the payments context; {@code succeeded} when it was
 * recorded as already received.
 */
public record PaymentFact(String tenantId, String paymentId, String saleId, String method, long amount,
                          boolean counter, boolean succeeded, String businessDate) {
}
