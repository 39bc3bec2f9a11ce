package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An item's stock on hand at a past moment ({@code asOf}, null: now); answers an optional {@link StockLevel}. */
public record FindStockLevel(String tenantId, String itemId, Instant asOf) implements TenantScoped {
}
