package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records money that came in (paise): {@code saleAmount} pays sale {@code saleId}, {@code udhaarAmount} pays
 * customer {@code customerId}'s khata, and together they make {@code amount}. {@code status} is PENDING or
 * SUCCEEDED; {@code recordedBy} is the user recording it, {@code businessDate} the shop's day (ISO date).
 */
public record RecordPayment(@TargetAggregateIdentifier String paymentId, String tenantId, PaymentMethod method,
                            long amount, String saleId, long saleAmount, String customerId, long udhaarAmount,
                            UpiDetails upi, CardDetails card, PaymentStatus status, String note, String businessDate,
                            String recordedBy) implements TenantScoped {
}
