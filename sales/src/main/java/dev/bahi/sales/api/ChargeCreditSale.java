package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts what is due on a sale on the customer's khata. Refused when it takes the balance over the credit limit,
 * unless an owner or manager overrides it ({@code overriddenBy} names them; the override is on record).
 */
public record ChargeCreditSale(@TargetAggregateIdentifier String customerId, String tenantId, String saleId,
                               long amount, String overriddenBy, String businessDate) implements TenantScoped {
}
