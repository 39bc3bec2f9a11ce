package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets how a shop's stock behaves. With {@code strictStock} a sale that would take stock below zero is
 * refused; without it (the default, since the sale did happen) stock may go negative.
 */
public record ChangeInventorySettings(@TargetAggregateIdentifier String settingsId, String tenantId,
                                      boolean strictStock) implements TenantScoped {
    /** The settings aggregate of a shop: one per tenant, named after it. */
    public static String settingsIdOf(String tenantId) {
        return "inventory-settings:" + tenantId;
    }
}
