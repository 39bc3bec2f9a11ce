package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Applies a payment that succeeded to what a sale still owes (paise). Refused when it is more than that; the same
 * {@code paymentId} applied again changes nothing. Answers the sale's {@link Settlement}.
 */
public record SettleSale(@TargetAggregateIdentifier String saleId, String tenantId, String paymentId, long amount)
        implements TenantScoped {
}
