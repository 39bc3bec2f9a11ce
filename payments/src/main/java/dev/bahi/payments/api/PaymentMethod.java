package dev.bahi.payments.api;

/** How the money came in. */
public enum PaymentMethod {
    UPI, CASH, CARD, BANK_TRANSFER
}
