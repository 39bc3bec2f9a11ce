package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives back part or all of a SUCCEEDED payment (paise); the same {@code refundId} again changes nothing. */
public record RefundPayment(@TargetAggregateIdentifier String paymentId, String tenantId, String refundId,
                            long amount, String reason, String refundedBy) implements TenantScoped {
}
