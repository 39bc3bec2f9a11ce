package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.math.BigDecimal;
import java.time.Instant;

/** An item that was low on stock rose above its minimum again. */
public record StockReplenished(String tenantId, String itemId, String sku, String name, BigDecimal onHand,
                               BigDecimal minStock, Unit unit, Instant replenishedAt) implements TenantScoped {
}
