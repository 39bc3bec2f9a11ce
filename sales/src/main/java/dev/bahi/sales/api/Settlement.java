package dev.bahi.sales.api;

/**
 * What a sale has been paid and still owes (paise). {@code customerId} names the khata that carries what is due
 * (a sale leaves something due only on a customer's khata), null when nothing was ever due.
 */
public record Settlement(String saleId, String tenantId, long grandTotal, long paid, long due, String customerId) {
}
