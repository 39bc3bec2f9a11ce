package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Money came in (or is expected, when PENDING), with what it pays for; amounts in paise. */
public record PaymentRecorded(String tenantId, String paymentId, PaymentMethod method, long amount, String saleId,
                              long saleAmount, String customerId, long udhaarAmount, UpiDetails upi, CardDetails card,
                              PaymentStatus status, String note, String businessDate, String recordedBy,
                              Instant recordedAt) implements TenantScoped {
}
