package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Checks a password against the user's, counting failures so that repeated guessing locks the account.
 * Answers an {@link AuthenticationResult}; never throws for a wrong password, so that the failure is recorded.
 */
public record AuthenticateUser(@TargetAggregateIdentifier String userId, String tenantId, String password)
        implements TenantScoped {
}
