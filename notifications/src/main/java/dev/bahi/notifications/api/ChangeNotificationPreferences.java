package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a shop's notification preferences (one settings aggregate per shop, see {@link #settingsIdOf}). */
public record ChangeNotificationPreferences(@TargetAggregateIdentifier String settingsId, String tenantId,
                                            NotificationPreferences preferences) implements TenantScoped {
    /** The settings aggregate of a shop: one per tenant, named after it. */
    public static String settingsIdOf(String tenantId) {
        return "notification-settings:" + tenantId;
    }
}
