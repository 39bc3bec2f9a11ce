package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * A page of the shop's items in catalogue order. {@code q} matches name (anywhere, any case), SKU (prefix)
 * or barcode (exact); {@code lowStock} keeps only items at or below their minimum. Answers an {@link ItemPage}.
 */
public record ListItems(String tenantId, String q, boolean lowStock, boolean includeArchived, Integer limit,
                        String cursor) implements TenantScoped {
}
