package dev.bahi.notifications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.DeliveryAttemptFailed;
import dev.bahi.notifications.api.DeliveryStarted;
import dev.bahi.notifications.api.NotificationDelivered;
import dev.bahi.notifications.api.NotificationFailed;
import dev.bahi.notifications.api.NotificationRead;
import dev.bahi.notifications.api.NotificationRequested;
import dev.bahi.notifications.api.NotificationSent;
import dev.bahi.notifications.api.NotificationSkipped;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.RecordProviderStatus;
import dev.bahi.notifications.api.RecordSendFailure;
import dev.bahi.notifications.api.RecordSent;
import dev.bahi.notifications.api.RequestNotification;
import dev.bahi.notifications.api.SkipNotification;
import dev.bahi.notifications.api.StartDelivery;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One message to one recipient by one channel. Its id is derived from its trigger, so a trigger handled twice
 * cannot ask for it twice. Each attempt is claimed before the provider is called ({@link StartDelivery}), so two
 * senders never send the same attempt; failures that may pass are retried with a growing wait, others end it.
 */
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class Notification {
    static final int MAX_TEXT = 4096;
    private static final Set<NotificationStatus> SKIPS = EnumSet.of(NotificationStatus.SKIPPED_NOT_CONFIGURED,
            NotificationStatus.SKIPPED_OPTED_OUT, NotificationStatus.SKIPPED_NO_OPT_IN);

    @AggregateIdentifier
    private String notificationId;
    private String tenantId;
    private Channel channel;
    private NotificationStatus status;
    private int attempts;
    private Instant attemptStartedAt;
    private Instant dueAt;

    /** For Axon, which rebuilds the message from its events, and for the snapshot serializer. */
    protected Notification() {
    }

    @CommandHandler
    public Notification(RequestNotification command, Clock clock) {
        if (command.tenantId() == null || command.tenantId().isBlank()) {
            throw new RuleViolation("TENANT_REQUIRED", "tenantId", "a message belongs to a shop");
        }
        if (command.kind() == null || command.channel() == null) {
            throw new RuleViolation("CHANNEL_REQUIRED", "channel", "a message has a kind and a channel");
        }
        if (command.recipient() == null || command.recipient().isBlank()) {
            throw new RuleViolation("RECIPIENT_REQUIRED", "to", "a message needs someone to go to");
        }
        if (command.text() == null || command.text().isBlank() || command.text().length() > MAX_TEXT) {
            throw new RuleViolation("TEXT_INVALID", "text", "a message has 1 to " + MAX_TEXT + " characters of text");
        }
        if (command.skip() != null && !SKIPS.contains(command.skip())) {
            throw new IllegalArgumentException("only a SKIPPED status records a message as not sent");
        }
        Instant now = clock.instant();
        apply(new NotificationRequested(command.tenantId(), command.notificationId(), command.kind(),
                command.channel(), command.recipient(), command.recipientName(), command.language(),
                command.templateName(), command.parameters(), command.dltTemplateId(), command.subject(),
                command.text(), command.document(), command.trigger(), command.notBefore(), command.requestedBy(),
                now));
        if (command.skip() != null) {
            apply(new NotificationSkipped(command.tenantId(), command.notificationId(), command.skip(),
                    command.skipReason(), now));
        }
    }

    /** Claims the next attempt; answers false (and records nothing) when it is not this sender's to make. */
    @CommandHandler
    public boolean handle(StartDelivery command, Clock clock, RetryPolicy retry) {
        ownedBy(command.tenantId());
        Instant now = clock.instant();
        boolean due = status == NotificationStatus.PENDING && (dueAt == null || !now.isBefore(dueAt));
        boolean abandoned = status == NotificationStatus.SENDING
                && !now.isBefore(attemptStartedAt.plus(retry.staleAfter()));
        if (command.attempt() != attempts + 1 || !(due || abandoned)) {
            return false;
        }
        apply(new DeliveryStarted(tenantId, notificationId, command.attempt(), now));
        return true;
    }

    @CommandHandler
    public void handle(RecordSent command, Clock clock) {
        ownedBy(command.tenantId());
        requireCurrentAttempt(command.attempt());
        apply(new NotificationSent(tenantId, notificationId, channel, command.attempt(), command.providerMessageId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordSendFailure command, Clock clock, RetryPolicy retry) {
        ownedBy(command.tenantId());
        requireCurrentAttempt(command.attempt());
        Instant now = clock.instant();
        if (command.retryable() && !retry.exhaustedAfter(command.attempt())) {
            apply(new DeliveryAttemptFailed(tenantId, notificationId, command.attempt(), command.code(),
                    command.reason(), now.plus(retry.delayAfter(command.attempt())), now));
        } else {
            apply(new NotificationFailed(tenantId, notificationId, command.attempt(), command.code(),
                    command.reason(), now));
        }
    }

    @CommandHandler
    public void handle(SkipNotification command, Clock clock) {
        ownedBy(command.tenantId());
        if (!SKIPS.contains(command.status())) {
            throw new IllegalArgumentException("only a SKIPPED status records a message as not sent");
        }
        if (status.settled()) {
            throw new StateConflict("NOTIFICATION_SETTLED", "the message is already " + status);
        }
        apply(new NotificationSkipped(tenantId, notificationId, command.status(), command.reason(), clock.instant()));
    }

    /**
     * Applies a provider's report. Reports repeat and arrive out of order, so only a step forward is recorded:
     * READ after SENT or DELIVERED, DELIVERED after SENT, FAILED after SENT or DELIVERED; anything else is ignored.
     */
    @CommandHandler
    public void handle(RecordProviderStatus command) {
        ownedBy(command.tenantId());
        boolean accepted = status == NotificationStatus.SENT || status == NotificationStatus.DELIVERED;
        switch (command.status()) {
            case DELIVERED -> {
                if (status == NotificationStatus.SENT) {
                    apply(new NotificationDelivered(tenantId, notificationId, command.reportedAt()));
                }
            }
            case READ -> {
                if (accepted) {
                    apply(new NotificationRead(tenantId, notificationId, command.reportedAt()));
                }
            }
            case FAILED -> {
                if (accepted) {
                    apply(new NotificationFailed(tenantId, notificationId, attempts, command.code(), command.reason(),
                            command.reportedAt()));
                }
            }
            default -> throw new IllegalArgumentException("a provider reports DELIVERED, READ or FAILED");
        }
    }

    private void ownedBy(String tenant) {
        if (!tenantId.equals(tenant)) {
            throw new NotFound("NOTIFICATION_NOT_FOUND", "no such message");
        }
    }

    private void requireCurrentAttempt(int attempt) {
        if (status != NotificationStatus.SENDING || attempt != attempts) {
            throw new StateConflict("ATTEMPT_NOT_CURRENT", "attempt " + attempt + " is not the one under way");
        }
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        notificationId = event.notificationId();
        tenantId = event.tenantId();
        channel = event.channel();
        status = NotificationStatus.PENDING;
        dueAt = event.notBefore();
    }

    @EventSourcingHandler
    void on(DeliveryStarted event) {
        status = NotificationStatus.SENDING;
        attempts = event.attempt();
        attemptStartedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        status = NotificationStatus.SENT;
    }

    @EventSourcingHandler
    void on(DeliveryAttemptFailed event) {
        status = NotificationStatus.PENDING;
        dueAt = event.retryAt();
    }

    @EventSourcingHandler
    void on(NotificationFailed event) {
        status = NotificationStatus.FAILED;
    }

    @EventSourcingHandler
    void on(NotificationSkipped event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(NotificationDelivered event) {
        status = NotificationStatus.DELIVERED;
    }

    @EventSourcingHandler
    void on(NotificationRead event) {
        status = NotificationStatus.READ;
    }
}
