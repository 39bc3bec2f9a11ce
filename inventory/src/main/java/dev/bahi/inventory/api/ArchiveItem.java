package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an item off the counter: it can no longer be sold or received; its history stays. */
public record ArchiveItem(@TargetAggregateIdentifier String itemId, String tenantId) implements TenantScoped {
}
