package dev.bahi.sales.api;

/** One part of a split payment, in paise. */
public record PaymentPart(PaymentMode mode, long amount) {
}
