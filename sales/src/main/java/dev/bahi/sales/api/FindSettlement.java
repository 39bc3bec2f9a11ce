package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** What a sale of the shop has been paid and still owes; answers an optional {@link Settlement}. */
public record FindSettlement(String tenantId, String saleId) implements TenantScoped {
}
