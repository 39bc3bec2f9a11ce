package dev.bahi.sales.api;

/**
 * The buyer, when known: a registered buyer has a GSTIN (which makes the sale B2B); {@code stateCode} is the
 * delivery state. {@code customerId} links the sale to a customer account.
 */
public record Buyer(String customerId, String name, String phone, String gstin, String stateCode, String address) {
}
