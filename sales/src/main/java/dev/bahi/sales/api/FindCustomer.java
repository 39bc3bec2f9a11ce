package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One customer of the shop; answers an optional {@link CustomerView}. */
public record FindCustomer(String tenantId, String customerId) implements TenantScoped {
}
