package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.util.List;

/**
 * Issues stock for every line of one sale, or for none: when a line is refused, the lines already issued
 * are given back ({@link StockMovementKind#SALE_REVERSED}) before the refusal reaches the caller.
 * Answers a {@link StockIssue}.
 */
public record IssueStockForSale(String tenantId, String saleId, List<SaleLine> lines) implements TenantScoped {
}
