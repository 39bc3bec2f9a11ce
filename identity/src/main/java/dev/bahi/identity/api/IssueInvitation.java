package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Invites a person to become a user of a shop with {@code role}. Only the SHA-256 of the one-time secret is
 * kept; the secret itself goes to the invitee once.
 */
public record IssueInvitation(@TargetAggregateIdentifier String invitationId, String tenantId, Role role,
                              String name, String email, String phone, String secretHash, Instant expiresAt,
                              String invitedBy) implements TenantScoped {
}
