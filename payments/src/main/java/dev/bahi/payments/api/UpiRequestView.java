package dev.bahi.payments.api;

import java.time.Instant;

/** A UPI request as the read side knows it (amount in paise). */
public record UpiRequestView(String upiRequestId, String tenantId, String reference, long amount, String saleId,
                             String customerId, String payeeVpa, String payeeName, String note, String link,
                             UpiRequestStatus status, String openedBy, Instant openedAt) {
}
