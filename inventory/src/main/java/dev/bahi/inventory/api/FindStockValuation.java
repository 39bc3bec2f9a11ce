package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;

/** The shop's stock at purchase price: totals and a page of items; answers a {@link StockValuation}. */
public record FindStockValuation(String tenantId, Integer limit, String cursor) implements TenantScoped {
}
