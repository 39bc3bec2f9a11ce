package dev.bahi.sales.api;

import java.util.List;

/**
 * What a cancelled sale hands back to whoever undoes its effects: its lines (their stock goes back) and the khata
 * the sale named ({@code customerId}, null for a walk-in buyer), which credits back whatever it charged for the sale.
 */
public record CancelledSale(String saleId, String customerId, List<TaxedLine> lines) {
}
