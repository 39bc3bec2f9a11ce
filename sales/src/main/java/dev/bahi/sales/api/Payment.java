package dev.bahi.sales.api;

import java.util.List;

/**
 * How the sale was settled at the counter: {@code paid} in cash, UPI or card, {@code due} left on the
 * customer's udhaar (credit, or the credit part of a split). Paise.
 */
public record Payment(PaymentMode mode, List<PaymentPart> parts, long paid, long due) {
}
