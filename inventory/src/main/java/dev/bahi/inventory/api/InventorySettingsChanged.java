package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A shop changed how its stock behaves. */
public record InventorySettingsChanged(String tenantId, boolean strictStock, Instant changedAt) implements TenantScoped {
}
