package dev.bahi.payments.api;

/** Where a UPI request stands; it is OPEN until a confirmed payment is matched to it by reference. */
public enum UpiRequestStatus {
    OPEN
}
