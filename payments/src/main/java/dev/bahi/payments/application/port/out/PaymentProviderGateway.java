package dev.bahi.payments.application.port.out;

import java.util.function.UnaryOperator;

/**
 * One payment provider's webhooks: how its notifications are signed and what they say. Each provider (generic,
 * Razorpay, Paytm, PhonePe, ...) has its own header and payload, so each has its own adapter, found by {@link #name()}.
 *
 * <p>The webhook is read in three steps so that nothing is trusted before its signature is: {@link #merchantId} finds
 * the shop (whose secret signs the body), {@link #verify} checks the signature over the raw bytes, and only then does
 * {@link #parse} read the event.
 */
public interface PaymentProviderGateway {
    /** The provider's name in the webhook URL and in the shop's secrets: lower-case letters and digits. */
    String name();

    /**
     * The shop the notification is for (its tenant id), or null when the body does not name one; a RuleViolation
     * PAYLOAD_INVALID when the body is not the provider's JSON.
     */
    String merchantId(byte[] body);

    /**
     * Whether {@code body} was signed with {@code secret}, by the provider's own scheme over the exact bytes received;
     * {@code headers} answers a request header by name (null when absent). Compares in constant time.
     */
    boolean verify(byte[] body, UnaryOperator<String> headers, String secret);

    /** The verified event; a RuleViolation PAYLOAD_INVALID (with the field) when it lacks what an event needs. */
    ProviderEvent parse(byte[] body);
}
