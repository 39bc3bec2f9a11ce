package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A recipient opted in to or out of messages by one channel; the newest record is the one that holds. */
public record ConsentRecorded(String tenantId, String consentId, Channel channel, String recipient, boolean optedIn,
                              String language, String source, String recordedBy, Instant recordedAt)
        implements TenantScoped {
}
