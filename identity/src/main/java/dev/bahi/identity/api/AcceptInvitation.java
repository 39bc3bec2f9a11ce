package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Uses an invitation for user {@code userId}; answers the invited {@link Role}. Works once, before expiry. */
public record AcceptInvitation(@TargetAggregateIdentifier String invitationId, String tenantId, String secretHash,
                               String userId) implements TenantScoped {
}
