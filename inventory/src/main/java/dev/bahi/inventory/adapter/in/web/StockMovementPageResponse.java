package dev.bahi.inventory.adapter.in.web;

import java.util.List;

/** A page of an item's stock history, oldest first, each with its running balance. */
public record StockMovementPageResponse(List<StockMovementResponse> movements, String nextCursor) {
}
