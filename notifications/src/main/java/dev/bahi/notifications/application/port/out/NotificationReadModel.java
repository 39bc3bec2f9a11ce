package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ListNotifications;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationView;
import java.util.Optional;

/** The shop's messages as they are shown, and the index of providers' message ids. */
public interface NotificationReadModel {
    void save(NotificationView notification);

    Optional<NotificationView> find(String tenantId, String notificationId);

    NotificationPage list(ListNotifications query);

    /** Remembers which message a provider's id belongs to; providers report statuses by their own id only. */
    void rememberProviderId(Channel channel, String providerMessageId, String tenantId, String notificationId);

    /** The message a provider's id belongs to, in whichever shop it is. */
    Optional<MessageRef> findByProviderId(Channel channel, String providerMessageId);

    void clear();

    /** A message of a shop. */
    record MessageRef(String tenantId, String notificationId) {
    }
}
