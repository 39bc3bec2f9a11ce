package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a user of a shop. {@code email} (lower-case) and {@code phone} (E.164) are its logins, at least one
 * present; {@code passwordHash} is already hashed. {@code invitationId} names the invitation it came through, if any.
 */
public record RegisterUser(@TargetAggregateIdentifier String userId, String tenantId, String name, String email,
                           String phone, String passwordHash, Role role, String invitationId) implements TenantScoped {
}
