package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The platform admin lifts a shop's suspension. */
public record ReactivateTenant(@TargetAggregateIdentifier String tenantId) implements TenantScoped {
}
