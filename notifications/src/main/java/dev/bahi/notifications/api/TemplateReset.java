package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's own template was dropped; Bahi's default applies again. */
public record TemplateReset(String tenantId, NotificationKind kind, String language,
                            java.time.Instant resetAt) implements TenantScoped {
}
