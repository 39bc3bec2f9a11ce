package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credits the khata for goods returned against a credit sale ({@code reference}: the credit note number). */
public record CreditReturn(@TargetAggregateIdentifier String customerId, String tenantId, String saleId,
                           String returnId, String reference, long amount, String businessDate) implements TenantScoped {
}
