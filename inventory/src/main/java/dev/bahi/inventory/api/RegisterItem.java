package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an item to a shop's catalogue; its SKU has already been reserved for it within the shop. */
public record RegisterItem(@TargetAggregateIdentifier String itemId, String tenantId, ItemDetails details)
        implements TenantScoped {
}
