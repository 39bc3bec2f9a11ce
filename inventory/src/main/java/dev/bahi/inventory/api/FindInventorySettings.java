package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's inventory settings; answers {@link InventorySettings} (the defaults when never changed). */
public record FindInventorySettings(String tenantId) implements TenantScoped {
}
