package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An item was taken off the counter. */
public record ItemArchived(String tenantId, String itemId, Instant archivedAt) implements TenantScoped {
}
