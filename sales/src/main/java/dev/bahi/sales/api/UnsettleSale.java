package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts a refunded part of a payment back on what the sale owes (paise); the same {@code refundId} applied again
 * changes nothing. Answers the sale's {@link Settlement}.
 */
public record UnsettleSale(@TargetAggregateIdentifier String saleId, String tenantId, String refundId, long amount)
        implements TenantScoped {
}
