package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One item of the shop; answers an optional {@link ItemView}. */
public record FindItem(String tenantId, String itemId) implements TenantScoped {
}
