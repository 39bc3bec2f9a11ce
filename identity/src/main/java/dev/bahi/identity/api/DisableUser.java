package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a user from logging in; their tokens stop working at once. */
public record DisableUser(@TargetAggregateIdentifier String userId, String tenantId) implements TenantScoped {
}
