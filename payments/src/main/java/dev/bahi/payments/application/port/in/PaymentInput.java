package dev.bahi.payments.application.port.in;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.UpiDetails;

/**
 * A payment as a client asks to record it: method and status by name, the amount in rupees. With a sale,
 * {@code excessToUdhaar} puts what is more than the sale's due on the sale's khata.
 */
public record PaymentInput(String method, String amount, String saleId, String customerId, Boolean excessToUdhaar,
                           UpiDetails upi, CardDetails card, String status, String note) {
}
