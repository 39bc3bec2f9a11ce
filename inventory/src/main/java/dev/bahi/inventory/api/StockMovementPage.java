package dev.bahi.inventory.api;

import java.util.List;

/** A page of an item's stock history; {@code nextCursor} is null on the last page. */
public record StockMovementPage(List<StockMovementView> movements, String nextCursor) {
}
