package dev.bahi.payments.application.port.in;

import java.util.function.UnaryOperator;

/** Receiving payment providers' signed notifications; {@code headers} answers a request header by name. */
public interface PaymentWebhooksUseCase {
    WebhookOutcome receive(String provider, byte[] body, UnaryOperator<String> headers);

    /** What became of a notification: APPLIED (to {@code paymentId}), DUPLICATE or IGNORED. */
    record WebhookOutcome(Status status, String paymentId) {
        /** APPLIED: it changed a payment; DUPLICATE: it had already; IGNORED: it names nothing pending here. */
        public enum Status { APPLIED, DUPLICATE, IGNORED }
    }
}
