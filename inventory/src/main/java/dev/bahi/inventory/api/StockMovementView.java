package dev.bahi.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of an item's stock history, with the running balance after it. */
public record StockMovementView(String movementId, String itemId, long sequence, StockMovementKind kind,
                                BigDecimal quantity, BigDecimal change, BigDecimal balance, Unit unit,
                                Long unitCost, String supplier, String reference, String note, Instant recordedAt) {
}
