package dev.bahi.notifications.application.port.out;

/** What a provider said about one message. Provider trouble is a result, never an exception. */
public sealed interface SendResult {
    /** Accepted by the provider under its own message id. */
    record Sent(String providerMessageId) implements SendResult {
    }

    /**
     * Refused or not reached. {@code retryable} for trouble that may pass (timeouts, 5xx, 429, throttling),
     * false for what a retry cannot fix (invalid number, template not approved, bad credentials).
     */
    record Failed(String code, String reason, boolean retryable) implements SendResult {
    }

    /** The channel has no provider configured: nothing was sent, the message was only logged. */
    record NotConfigured(String reason) implements SendResult {
    }
}
