package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock of an item changed by {@code change} (signed, in the item's unit) to {@code balance}. {@code quantity}
 * is what was entered, converted to the item's unit (the counted quantity for a count); {@code sequence}
 * numbers the item's movements 1, 2, 3, ...
 */
public record StockMovementRecorded(String tenantId, String itemId, String movementId, long sequence,
                                    StockMovementKind kind,
                                    BigDecimal quantity, BigDecimal change, BigDecimal balance, Unit unit,
                                    Long unitCost, String supplier, String reference, String note,
                                    Instant recordedAt) implements TenantScoped {
}
