package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.NotificationRequested;
import java.time.Instant;
import java.util.List;

/**
 * The messages still to be attempted, across all shops, by when their next attempt is due. An entry goes when its
 * message is sent, failed or skipped.
 */
public interface Outbox {
    void put(Entry entry);

    /** Moves an entry's next attempt; {@code attemptsMade} is how many attempts have started so far. */
    void reschedule(String tenantId, String notificationId, int attemptsMade, Instant dueAt);

    void remove(String tenantId, String notificationId);

    /** Entries due at {@code now}, earliest first. */
    List<Entry> due(Instant now, int limit);

    void clear();

    /** One message waiting: what it says ({@code request}), attempts made and when the next is due. */
    record Entry(String tenantId, String notificationId, int attemptsMade, Instant dueAt,
                 NotificationRequested request) {
    }
}
