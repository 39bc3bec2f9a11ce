package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The platform admin suspends a shop: its users' tokens stop working at once. */
public record SuspendTenant(@TargetAggregateIdentifier String tenantId, String reason) implements TenantScoped {
}
