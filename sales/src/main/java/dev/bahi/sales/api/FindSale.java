package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One sale of the shop; answers an optional {@link SaleView}. */
public record FindSale(String tenantId, String saleId) implements TenantScoped {
}
