package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A one-time invitation to join a shop was issued. */
public record InvitationIssued(String invitationId, String tenantId, Role role, String name, String email,
                               String phone, String secretHash, Instant expiresAt, String invitedBy)
        implements TenantScoped {
}
