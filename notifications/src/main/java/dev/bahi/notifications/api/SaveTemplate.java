package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the shop's own words for one kind of message in one language. */
public record SaveTemplate(@TargetAggregateIdentifier String settingsId, String tenantId, NotificationKind kind,
                           String language, MessageTemplate template) implements TenantScoped {
}
