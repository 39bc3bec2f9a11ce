package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets a disabled user log in again. */
public record EnableUser(@TargetAggregateIdentifier String userId, String tenantId) implements TenantScoped {
}
