package dev.bahi.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An item as the read side knows it: catalogue details, stock on hand and its value at the latest purchase
 * price (paise), whether it is at or below its minimum, and whether it is archived.
 */
public record ItemView(String itemId, String tenantId, ItemDetails details, BigDecimal onHand, long stockValue,
                       boolean lowStock, boolean archived, Instant registeredAt, Instant updatedAt) {
}
