package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an item's catalogue details; answers the item's details afterwards. */
public record UpdateItem(@TargetAggregateIdentifier String itemId, String tenantId, ItemChanges changes)
        implements TenantScoped {
}
