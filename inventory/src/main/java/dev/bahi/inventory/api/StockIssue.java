package dev.bahi.inventory.api;

import java.util.List;

/** The movements recorded for one sale, one per line, in line order. */
public record StockIssue(String saleId, List<StockMovementView> movements) {
}
