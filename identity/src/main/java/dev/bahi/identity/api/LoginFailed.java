package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A wrong password was given for this user; {@code consecutiveFailures} counts since the last success. */
public record LoginFailed(String userId, String tenantId, int consecutiveFailures, Instant failedAt)
        implements TenantScoped {
}
