package dev.bahi.payments.api;

/**
 * Where a payment stands: {@code PENDING} until confirmed, then {@code SUCCEEDED} or {@code FAILED}; a succeeded
 * payment refunded in full is {@code REFUNDED} (a partial refund leaves it {@code SUCCEEDED}).
 */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, REFUNDED
}
