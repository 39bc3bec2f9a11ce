package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A shop's template for one kind and language was written. */
public record TemplateSaved(String tenantId, NotificationKind kind, String language, MessageTemplate template,
                            java.time.Instant savedAt) implements TenantScoped {
}
