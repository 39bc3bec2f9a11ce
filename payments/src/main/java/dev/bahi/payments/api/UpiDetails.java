package dev.bahi.payments.api;

/** A UPI credit as the shop saw it: the 12-digit UTR/RRN and the payer's VPA, each optional. */
public record UpiDetails(String utr, String payerVpa) {
}
