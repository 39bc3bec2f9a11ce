package dev.bahi.notifications.api;

import java.time.Instant;
import java.util.Map;

/**
 * A shop's notification settings: its preferences and the templates it wrote itself, keyed
 * {@code KIND:language}. {@code changedAt} is null while the shop runs on the defaults.
 */
public record NotificationSettings(String tenantId, NotificationPreferences preferences,
                                   Map<String, MessageTemplate> templates, Instant changedAt) {
    public NotificationSettings {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    public static String templateKey(NotificationKind kind, String language) {
        return kind.name() + ":" + language;
    }
}
