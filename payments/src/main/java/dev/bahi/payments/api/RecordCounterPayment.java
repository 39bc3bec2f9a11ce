package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a part of a counter sale paid in cash, UPI or card (paise) as a SUCCEEDED payment of sale {@code saleId}.
 * The sale already counted it as paid, so nothing is applied to the sale or a khata; {@code businessDate} is the
 * sale's day (ISO date).
 */
public record RecordCounterPayment(@TargetAggregateIdentifier String paymentId, String tenantId, String saleId,
                                   PaymentMethod method, long amount, String businessDate) implements TenantScoped {
}
