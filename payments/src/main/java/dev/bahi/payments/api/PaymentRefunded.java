package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/**
 * Part or all of a payment was given back (paise): {@code saleShare} comes off what it paid on the sale,
 * {@code udhaarShare} off what it paid on the khata; {@code refundedTotal} and {@code status} as they stand after it.
 */
public record PaymentRefunded(String tenantId, String paymentId, String refundId, long amount, long saleShare,
                              long udhaarShare, long refundedTotal, PaymentStatus status, String reason,
                              String refundedBy, Instant refundedAt) implements TenantScoped {
}
