package dev.bahi.notifications.api;

/**
 * Where a message stands. PENDING waits for its first or next attempt (quiet hours, backoff), SENDING is with the
 * provider, SENT was accepted by it, DELIVERED and READ come from the provider's status webhook. FAILED is final
 * (a permanent error, or the last retry). The SKIPPED statuses say nothing was sent and why: no provider configured
 * for the channel (the message was only logged), the recipient opted out, or WhatsApp needs an opt-in not given.
 */
public enum NotificationStatus {
    PENDING, SENDING, SENT, DELIVERED, READ, FAILED, SKIPPED_NOT_CONFIGURED, SKIPPED_OPTED_OUT, SKIPPED_NO_OPT_IN;

    /** True once nothing more will be attempted (the provider may still report delivery of a SENT message). */
    public boolean settled() {
        return this != PENDING && this != SENDING;
    }
}
