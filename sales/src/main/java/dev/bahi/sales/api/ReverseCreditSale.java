package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credits back on the khata what a cancelled sale put on it (the amount of its {@code CREDIT_SALE} entry), with the
 * cancellation's reason. The khata records it once per sale, and never for a sale it did not charge.
 */
public record ReverseCreditSale(@TargetAggregateIdentifier String customerId, String tenantId, String saleId,
                                String reason, String businessDate) implements TenantScoped {
}
