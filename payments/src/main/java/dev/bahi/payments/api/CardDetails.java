package dev.bahi.payments.api;

/** A card payment as the terminal slip shows it: last four digits and approval code, each optional. */
public record CardDetails(String last4, String approvalCode) {
}
