package dev.bahi.payments.api;

import java.time.Instant;

/** One refund of a payment (paise). */
public record RefundView(String refundId, long amount, String reason, String refundedBy, Instant refundedAt) {
}
