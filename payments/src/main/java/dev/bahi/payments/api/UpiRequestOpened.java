package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A UPI request was opened; {@code link} is the whole {@code upi://pay} link its QR code encodes; paise. */
public record UpiRequestOpened(String tenantId, String upiRequestId, String reference, long amount, String saleId,
                               String customerId, String payeeVpa, String payeeName, String note, String link,
                               String openedBy, Instant openedAt) implements TenantScoped {
}
