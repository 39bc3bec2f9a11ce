package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.NotificationSettings;
import java.util.Optional;

/** Shops' notification settings as last changed. */
public interface SettingsStore {
    void save(NotificationSettings settings);

    Optional<NotificationSettings> find(String tenantId);

    void clear();
}
