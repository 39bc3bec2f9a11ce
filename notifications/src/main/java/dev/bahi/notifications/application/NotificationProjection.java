package dev.bahi.notifications.application;

import dev.bahi.notifications.api.DeliveryAttemptFailed;
import dev.bahi.notifications.api.DeliveryStarted;
import dev.bahi.notifications.api.NotificationDelivered;
import dev.bahi.notifications.api.NotificationFailed;
import dev.bahi.notifications.api.NotificationRead;
import dev.bahi.notifications.api.NotificationRequested;
import dev.bahi.notifications.api.NotificationSent;
import dev.bahi.notifications.api.NotificationSkipped;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.notifications.api.NotificationView.HistoryEntry;
import dev.bahi.notifications.application.port.out.NotificationReadModel;
import dev.bahi.notifications.application.port.out.Outbox;
import dev.bahi.notifications.domain.RetryPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the shop's messages with their history, and the outbox of messages still to be attempted. Every change is
 * written as absolute state taken from the event, and a history entry is added once per event (its status, time and
 * attempt), so a replay rebuilds the same documents. The outbox only schedules: whether an attempt may go ahead is
 * decided by the message itself ({@code StartDelivery}), so a replay can never send anything.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class NotificationProjection {
    public static final String PROCESSING_GROUP = "notifications.messages";

    private final NotificationReadModel notifications;
    private final Outbox outbox;
    private final RetryPolicy retry;

    public NotificationProjection(NotificationReadModel notifications, Outbox outbox, RetryPolicy retry) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.retry = retry;
    }

    @EventHandler
    public void on(NotificationRequested e) {
        Instant due = e.notBefore() == null ? e.requestedAt() : e.notBefore();
        notifications.save(new NotificationView(e.notificationId(), e.tenantId(), e.kind(), e.channel(),
                NotificationStatus.PENDING, e.recipient(), e.recipientName(), e.language(), e.templateName(),
                e.parameters(), e.dltTemplateId(), e.subject(), e.text(), e.document(), e.trigger(), 0, null, null,
                null, due, e.requestedBy(), e.requestedAt(), e.requestedAt(),
                List.of(new HistoryEntry(NotificationStatus.PENDING, e.requestedAt(), null,
                        e.notBefore() == null ? null : "held back until " + e.notBefore()))));
        outbox.put(new Outbox.Entry(e.tenantId(), e.notificationId(), 0, due, e));
    }

    @EventHandler
    public void on(DeliveryStarted e) {
        update(e.tenantId(), e.notificationId(), e.startedAt(), NotificationStatus.SENDING, e.attempt(), null,
                v -> with(v, NotificationStatus.SENDING, e.attempt(), v.providerMessageId(), v.errorCode(),
                        v.errorReason(), null, e.startedAt()));
        // Taken over by another attempt only if this one never reports back.
        outbox.reschedule(e.tenantId(), e.notificationId(), e.attempt(), e.startedAt().plus(retry.staleAfter()));
    }

    @EventHandler
    public void on(NotificationSent e) {
        update(e.tenantId(), e.notificationId(), e.sentAt(), NotificationStatus.SENT, e.attempt(),
                "provider id " + e.providerMessageId(),
                v -> with(v, NotificationStatus.SENT, e.attempt(), e.providerMessageId(), null, null, null,
                        e.sentAt()));
        outbox.remove(e.tenantId(), e.notificationId());
        if (e.providerMessageId() != null && e.channel() != null) {
            notifications.rememberProviderId(e.channel(), e.providerMessageId(), e.tenantId(), e.notificationId());
        }
    }

    @EventHandler
    public void on(DeliveryAttemptFailed e) {
        update(e.tenantId(), e.notificationId(), e.failedAt(), NotificationStatus.PENDING, e.attempt(),
                e.code() + ": " + e.reason() + "; next attempt at " + e.retryAt(),
                v -> with(v, NotificationStatus.PENDING, e.attempt(), v.providerMessageId(), e.code(), e.reason(),
                        e.retryAt(), e.failedAt()));
        outbox.reschedule(e.tenantId(), e.notificationId(), e.attempt(), e.retryAt());
    }

    @EventHandler
    public void on(NotificationFailed e) {
        update(e.tenantId(), e.notificationId(), e.failedAt(), NotificationStatus.FAILED, e.attempt(),
                e.code() + ": " + e.reason(),
                v -> with(v, NotificationStatus.FAILED, v.attempts(), v.providerMessageId(), e.code(), e.reason(),
                        null, e.failedAt()));
        outbox.remove(e.tenantId(), e.notificationId());
    }

    @EventHandler
    public void on(NotificationSkipped e) {
        update(e.tenantId(), e.notificationId(), e.skippedAt(), e.status(), null, e.reason(),
                v -> with(v, e.status(), v.attempts(), null, null, e.reason(), null, e.skippedAt()));
        outbox.remove(e.tenantId(), e.notificationId());
    }

    @EventHandler
    public void on(NotificationDelivered e) {
        update(e.tenantId(), e.notificationId(), e.deliveredAt(), NotificationStatus.DELIVERED, null, null,
                v -> with(v, NotificationStatus.DELIVERED, v.attempts(), v.providerMessageId(), null, null, null,
                        e.deliveredAt()));
    }

    @EventHandler
    public void on(NotificationRead e) {
        update(e.tenantId(), e.notificationId(), e.readAt(), NotificationStatus.READ, null, null,
                v -> with(v, NotificationStatus.READ, v.attempts(), v.providerMessageId(), null, null, null,
                        e.readAt()));
    }

    @ResetHandler
    public void reset() {
        notifications.clear();
        outbox.clear();
    }

    private void update(String tenantId, String notificationId, Instant at, NotificationStatus status,
                        Integer attempt, String detail, UnaryOperator<NotificationView> change) {
        notifications.find(tenantId, notificationId).ifPresent(view -> {
            HistoryEntry entry = new HistoryEntry(status, at, attempt, detail);
            if (view.history().contains(entry)) {
                return;
            }
            NotificationView changed = change.apply(view);
            List<HistoryEntry> history = new ArrayList<>(view.history());
            history.add(entry);
            notifications.save(withHistory(changed, history));
        });
    }

    private static NotificationView with(NotificationView v, NotificationStatus status, int attempts,
                                         String providerId, String errorCode, String errorReason, Instant next,
                                         Instant at) {
        return new NotificationView(v.notificationId(), v.tenantId(), v.kind(), v.channel(), status, v.recipient(),
                v.recipientName(), v.language(), v.templateName(), v.parameters(), v.dltTemplateId(), v.subject(),
                v.text(), v.document(), v.trigger(), attempts, providerId, errorCode, errorReason, next,
                v.requestedBy(), v.requestedAt(), at, v.history());
    }

    private static NotificationView withHistory(NotificationView v, List<HistoryEntry> history) {
        return new NotificationView(v.notificationId(), v.tenantId(), v.kind(), v.channel(), v.status(),
                v.recipient(), v.recipientName(), v.language(), v.templateName(), v.parameters(), v.dltTemplateId(),
                v.subject(), v.text(), v.document(), v.trigger(), v.attempts(), v.providerMessageId(), v.errorCode(),
                v.errorReason(), v.nextAttemptAt(), v.requestedBy(), v.requestedAt(), v.updatedAt(), history);
    }
}
