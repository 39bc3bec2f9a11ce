package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drops the shop's own template of one kind and language, back to Bahi's default. */
public record ResetTemplate(@TargetAggregateIdentifier String settingsId, String tenantId, NotificationKind kind,
                            String language) implements TenantScoped {
}
