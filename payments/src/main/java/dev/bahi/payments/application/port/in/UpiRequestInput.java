package dev.bahi.payments.application.port.in;

/** A UPI request as the caller asks for it: a sale or a customer, and an optional amount in rupees. */
public record UpiRequestInput(String saleId, String customerId, String amount) {
}
