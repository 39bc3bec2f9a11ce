package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a khata by hand, owner or manager only: {@code amount} in paise, positive to add to what the customer
 * owes, negative to take off; the reason is required and kept.
 */
public record AdjustBalance(@TargetAggregateIdentifier String customerId, String tenantId, String adjustmentId,
                            long amount, String reason, String businessDate) implements TenantScoped {
}
