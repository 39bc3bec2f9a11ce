package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a customer's details (the caller merged the change and reserved a new phone); answers the details. */
public record UpdateCustomer(@TargetAggregateIdentifier String customerId, String tenantId, CustomerDetails details)
        implements TenantScoped {
}
