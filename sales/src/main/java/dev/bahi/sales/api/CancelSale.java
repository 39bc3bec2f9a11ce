package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a sale whose invoice has not been issued; its stock goes back. */
public record CancelSale(@TargetAggregateIdentifier String saleId, String tenantId, String reason)
        implements TenantScoped {
}
