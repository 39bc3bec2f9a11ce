package dev.bahi.payments.application.port.out;

/** Provider events already applied, per shop and provider, so that a provider's retry never applies one twice. */
public interface WebhookEvents {
    boolean isApplied(String tenantId, String provider, String eventId);

    /** Records that the event was applied (to {@code paymentId}); false when it already was. */
    boolean markApplied(String tenantId, String provider, String eventId, String paymentId);
}
