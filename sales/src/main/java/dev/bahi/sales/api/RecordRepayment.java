package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credits the khata with money the customer paid ({@code reference}: the payment's UTR, receipt or id). */
public record RecordRepayment(@TargetAggregateIdentifier String customerId, String tenantId, String paymentId,
                              long amount, String method, String reference, String businessDate) implements TenantScoped {
}
