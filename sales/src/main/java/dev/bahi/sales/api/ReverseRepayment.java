package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts a refunded repayment back on the khata (paise): the customer owes it again. The same {@code refundId}
 * applied again changes nothing.
 */
public record ReverseRepayment(@TargetAggregateIdentifier String customerId, String tenantId, String refundId,
                               long amount, String reference, String businessDate) implements TenantScoped {
}
