package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms (SUCCEEDED, with the UTR of a UPI payment) or fails a PENDING payment, saying who and why. */
public record ChangePaymentStatus(@TargetAggregateIdentifier String paymentId, String tenantId, PaymentStatus status,
                                  String utr, String reason, String changedBy) implements TenantScoped {
}
