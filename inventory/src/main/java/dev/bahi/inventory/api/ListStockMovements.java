package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;

/** An item's stock history, oldest first, paged; answers a {@link StockMovementPage}. */
public record ListStockMovements(String tenantId, String itemId, Integer limit, String cursor) implements TenantScoped {
}
