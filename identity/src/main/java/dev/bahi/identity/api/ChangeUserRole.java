package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a user another role. */
public record ChangeUserRole(@TargetAggregateIdentifier String userId, String tenantId, Role role)
        implements TenantScoped {
}
