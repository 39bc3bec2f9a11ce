package dev.bahi.inventory.adapter.in.web;

import java.time.Instant;

/** Stock on hand at a moment, with the movement that explains it. */
public record StockLevelResponse(String itemId, Instant asOf, String onHand, String unit,
                                 StockMovementResponse lastMovement) {
}
