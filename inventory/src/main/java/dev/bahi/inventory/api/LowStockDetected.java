package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.math.BigDecimal;
import java.time.Instant;

/** An item's stock fell to or below its minimum; raised once per crossing, not on every sale below it. */
public record LowStockDetected(String tenantId, String itemId, String sku, String name, BigDecimal onHand,
                               BigDecimal minStock, Unit unit, Instant detectedAt) implements TenantScoped {
}
