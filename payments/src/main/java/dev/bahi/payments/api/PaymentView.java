package dev.bahi.payments.api;

import java.time.Instant;
import java.util.List;

/** A payment as the shop sees it (paise), with what has been refunded of it and each refund. */
public record PaymentView(String paymentId, String tenantId, PaymentMethod method, PaymentStatus status, long amount,
                          long refunded, String saleId, long saleAmount, String customerId, long udhaarAmount,
                          UpiDetails upi, CardDetails card, String note, String statusReason, String businessDate,
                          String recordedBy, Instant recordedAt, Instant updatedAt, List<RefundView> refunds) {
    public PaymentView {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }
}
