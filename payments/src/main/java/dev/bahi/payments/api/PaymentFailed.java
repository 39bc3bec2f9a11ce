package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A PENDING payment did not come through; nothing was applied. */
public record PaymentFailed(String tenantId, String paymentId, String reason, String changedBy, Instant changedAt)
        implements TenantScoped {
}
