package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An item joined the shop's catalogue, with no stock. */
public record ItemRegistered(String tenantId, String itemId, ItemDetails details, Instant registeredAt)
        implements TenantScoped {
}
