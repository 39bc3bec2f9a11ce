package dev.bahi.inventory.api;

import java.time.Instant;

/** How a shop's stock behaves; {@code changedAt} is null while the defaults apply. */
public record InventorySettings(String tenantId, boolean strictStock, Instant changedAt) {
    public static InventorySettings defaults(String tenantId) {
        return new InventorySettings(tenantId, false, null);
    }
}
