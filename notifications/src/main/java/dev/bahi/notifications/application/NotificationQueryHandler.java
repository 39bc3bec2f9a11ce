package dev.bahi.notifications.application;

import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.api.FindConsents;
import dev.bahi.notifications.api.FindNotification;
import dev.bahi.notifications.api.FindNotificationSettings;
import dev.bahi.notifications.api.ListNotifications;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.notifications.application.port.out.ConsentStore;
import dev.bahi.notifications.application.port.out.NotificationReadModel;
import dev.bahi.notifications.application.port.out.SettingsStore;
import dev.bahi.notifications.domain.PreferencesPolicy;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the notification queries from the read models only, within the asking shop. */
public class NotificationQueryHandler {
    private final NotificationReadModel notifications;
    private final SettingsStore settings;
    private final ConsentStore consents;

    public NotificationQueryHandler(NotificationReadModel notifications, SettingsStore settings,
                                    ConsentStore consents) {
        this.notifications = notifications;
        this.settings = settings;
        this.consents = consents;
    }

    @QueryHandler
    public NotificationView handle(FindNotification query) {
        return notifications.find(query.tenantId(), query.notificationId()).orElse(null);
    }

    @QueryHandler
    public NotificationPage handle(ListNotifications query) {
        return notifications.list(query);
    }

    @QueryHandler
    public NotificationSettings handle(FindNotificationSettings query) {
        return settings.find(query.tenantId()).orElseGet(() ->
                new NotificationSettings(query.tenantId(), PreferencesPolicy.defaults(), Map.of(), null));
    }

    @QueryHandler
    public List<ConsentView> handle(FindConsents query) {
        return consents.findAll(query.tenantId(), query.recipient());
    }
}
