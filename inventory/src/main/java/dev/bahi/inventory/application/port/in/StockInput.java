package dev.bahi.inventory.application.port.in;

/** A stock movement as a client sends it: kind, quantity (in {@code unit}, default the item's), and the rest. */
public record StockInput(String kind, String quantity, String unit, String purchasePrice, String supplier,
                         String reference, String note) {
}
