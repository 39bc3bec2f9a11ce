package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A PENDING payment was confirmed; {@code utr} is the UPI reference it was confirmed with, if any. */
public record PaymentSucceeded(String tenantId, String paymentId, String utr, String reason, String changedBy,
                               Instant changedAt) implements TenantScoped {
}
