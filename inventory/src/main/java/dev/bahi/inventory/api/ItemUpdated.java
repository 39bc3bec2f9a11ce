package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An item's catalogue details changed; the event carries all of them as they now stand. */
public record ItemUpdated(String tenantId, String itemId, ItemDetails details, Instant updatedAt)
        implements TenantScoped {
}
