package dev.bahi.payments.application.port.out;

/**
 * A payment provider's notification, verified and read into the shop's terms: {@code eventId} is the provider's own
 * id of the notification (unique per provider and shop), {@code tenantId} the shop it names, {@code amount} in paise.
 * A confirmation names either one of the shop's pending payments ({@code paymentId}) or one of its UPI requests
 * ({@code reference}); {@code utr} and {@code payerVpa} are optional.
 */
public record ProviderEvent(String eventId, String tenantId, Kind kind, String paymentId, String reference, String utr,
                            long amount, String payerVpa) {
    /** What the provider says happened to the payment. */
    public enum Kind { SUCCEEDED, FAILED }
}
