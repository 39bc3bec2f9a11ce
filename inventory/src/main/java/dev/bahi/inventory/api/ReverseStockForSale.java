package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.util.List;

/** Gives back the stock issued for a sale that did not go through (cancelled before its invoice). */
public record ReverseStockForSale(String tenantId, String saleId, List<SaleLine> lines) implements TenantScoped {
}
