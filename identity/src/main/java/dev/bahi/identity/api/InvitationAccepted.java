package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** An invitation was used by {@code userId}; it cannot be used again. */
public record InvitationAccepted(String invitationId, String tenantId, String userId, Instant acceptedAt)
        implements TenantScoped {
}
