package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a customer's khata. {@code openingBalance} (paise, may be zero) is what they owed in the paper bahi the
 * shop is moving from; the customer's phone has already been reserved within the shop.
 */
public record OpenCustomerAccount(@TargetAggregateIdentifier String customerId, String tenantId,
                                  CustomerDetails details, long openingBalance,
                                  String businessDate) implements TenantScoped {
}
