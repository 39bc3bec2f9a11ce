package dev.bahi.sales.api;

/** How a sale is paid at the counter; {@code CREDIT} goes to the customer's udhaar, {@code SPLIT} mixes modes. */
public enum PaymentMode { CASH, UPI, CARD, CREDIT, SPLIT }
