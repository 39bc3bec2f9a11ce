package dev.bahi.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;

/** Stock on hand at {@code asOf}, explained by the last movement before it (null when there was none). */
public record StockLevel(String itemId, Instant asOf, BigDecimal onHand, Unit unit, StockMovementView lastMovement) {
}
