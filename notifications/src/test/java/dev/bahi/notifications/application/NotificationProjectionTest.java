package dev.bahi.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.notifications.adapter.out.persistence.MongoNotificationReadModel;
import dev.bahi.notifications.adapter.out.persistence.MongoOutbox;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.DeliveryAttemptFailed;
import dev.bahi.notifications.api.DeliveryStarted;
import dev.bahi.notifications.api.ListNotifications;
import dev.bahi.notifications.api.NotificationDelivered;
import dev.bahi.notifications.api.NotificationDocument;
import dev.bahi.notifications.api.NotificationFailed;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationRead;
import dev.bahi.notifications.api.NotificationRequested;
import dev.bahi.notifications.api.NotificationSent;
import dev.bahi.notifications.api.NotificationSkipped;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.notifications.api.NotificationView.HistoryEntry;
import dev.bahi.notifications.application.port.out.NotificationReadModel.MessageRef;
import dev.bahi.notifications.application.port.out.Outbox;
import dev.bahi.notifications.domain.RetryPolicy;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The messages projection called as a plain object (no Spring, no Axon) against the real Mongo adapters on the
 * embedded store: the shop's list with its history, the outbox the dispatcher reads, the providers' id lookup.
 */
class NotificationProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String MSG_1 = "0193a5c4-0000-7000-8000-000000000001";
    private static final String MSG_2 = "0193a5c4-0000-7000-8000-000000000002";
    private static final String MSG_3 = "0193a5c4-0000-7000-8000-000000000003";
    private static final String MSG_4 = "0193a5c4-0000-7000-8000-000000000004";
    private static final String MSG_5 = "0193a5c4-0000-7000-8000-000000000005";
    private static final String MEENA_PHONE = "+919876543210";
    private static final Instant REQUESTED_AT = Instant.parse("2026-11-24T06:30:00Z");
    private static final Instant T1 = Instant.parse("2026-11-24T06:30:01Z");
    private static final Instant T2 = Instant.parse("2026-11-24T06:30:02Z");
    private static final Instant T3 = Instant.parse("2026-11-24T06:35:00Z");
    private static final Instant T4 = Instant.parse("2026-11-24T07:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 5,
            STALE_AFTER);

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("notifications");

    private MongoNotificationReadModel notifications;
    private MongoOutbox outbox;
    private NotificationProjection projection;

    @BeforeEach
    void setUp() {
        notifications = new MongoNotificationReadModel(mongo.template());
        outbox = new MongoOutbox(mongo.template());
        projection = new NotificationProjection(notifications, outbox, RETRY);
    }

    // ---------------------------------------------------------------- fixtures

    private static NotificationRequested requested(String tenantId, String id, NotificationKind kind, Channel channel,
                                                   Instant requestedAt, Instant notBefore) {
        NotificationDocument document = kind == NotificationKind.INVOICE
                ? new NotificationDocument("sale-" + id, "INV-26-27-000042.pdf",
                "https://bahi.example/api/v1/shared/invoices/abc/INV-26-27-000042.pdf")
                : null;
        return new NotificationRequested(tenantId, id, kind, channel,
                channel == Channel.EMAIL ? "meena@example.in" : MEENA_PHONE, "Meena Patil", "en",
                "bahi_" + kind.name().toLowerCase(), List.of("Meena Patil", "570.00", "570.00", "0.00",
                "2026-11-24", "Sharma Kirana Store"), channel == Channel.SMS ? "1107161234567890123" : null,
                "Your receipt from Sharma Kirana Store",
                "Namaste Meena Patil, thank you for shopping at Sharma Kirana Store on 2026-11-24: ₹570.00, paid "
                        + "₹570.00, due ₹0.00.", document, "share:sale-" + id, notBefore, "user-ravi", requestedAt);
    }

    private static NotificationRequested receipt(String tenantId, String id) {
        return requested(tenantId, id, NotificationKind.RECEIPT, Channel.WHATSAPP, REQUESTED_AT, null);
    }

    private NotificationView view(String tenantId, String id) {
        return notifications.find(tenantId, id).orElseThrow(() -> new AssertionError("no message " + id));
    }

    private Optional<Outbox.Entry> outboxEntry(String tenantId, String id) {
        return outbox.due(Instant.parse("2100-01-01T00:00:00Z"), 1000).stream()
                .filter(e -> e.tenantId().equals(tenantId) && e.notificationId().equals(id)).findFirst();
    }

    private List<NotificationStatus> statuses(String tenantId, String id) {
        return view(tenantId, id).history().stream().map(HistoryEntry::status).toList();
    }

    private static List<String> ids(NotificationPage page) {
        return page.items().stream().map(NotificationView::notificationId).toList();
    }

    private NotificationPage list(String tenantId, NotificationStatus status, Channel channel, NotificationKind kind,
                                  int limit, String cursor) {
        return notifications.list(new ListNotifications(tenantId, status, channel, kind, limit, cursor));
    }

    /** Every event of one message's life as the projection sees it: sent, then delivered and read. */
    private static List<Object> sentDeliveredRead(String tenantId, String id) {
        return List.of(receipt(tenantId, id),
                new DeliveryStarted(tenantId, id, 1, T1),
                new DeliveryAttemptFailed(tenantId, id, 1, "RATE_LIMITED", "too many messages", T3, T2),
                new DeliveryStarted(tenantId, id, 2, T3),
                new NotificationSent(tenantId, id, Channel.WHATSAPP, 2, "wamid.HBgM" + id, T3.plusSeconds(1)),
                new NotificationDelivered(tenantId, id, T3.plusSeconds(5)),
                new NotificationRead(tenantId, id, T4));
    }

    private void handle(Object event) {
        if (event instanceof NotificationRequested e) {
            projection.on(e);
        } else if (event instanceof DeliveryStarted e) {
            projection.on(e);
        } else if (event instanceof NotificationSent e) {
            projection.on(e);
        } else if (event instanceof DeliveryAttemptFailed e) {
            projection.on(e);
        } else if (event instanceof NotificationFailed e) {
            projection.on(e);
        } else if (event instanceof NotificationSkipped e) {
            projection.on(e);
        } else if (event instanceof NotificationDelivered e) {
            projection.on(e);
        } else if (event instanceof NotificationRead e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException("not an event of the projection: " + event);
        }
    }

    private void handleAll(List<Object> events) {
        events.forEach(this::handle);
    }

    // ---------------------------------------------------------------- requested

    @Test
    void a_requested_message_is_pending_in_the_list_and_due_in_the_outbox_when_it_was_asked_for() {
        NotificationRequested e = requested(SHOP, MSG_1, NotificationKind.INVOICE, Channel.WHATSAPP, REQUESTED_AT,
                null);
        projection.on(e);

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.notificationId()).isEqualTo(MSG_1);
        assertThat(v.tenantId()).isEqualTo(SHOP);
        assertThat(v.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(v.kind()).isEqualTo(NotificationKind.INVOICE);
        assertThat(v.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(v.recipient()).isEqualTo(MEENA_PHONE);
        assertThat(v.recipientName()).isEqualTo("Meena Patil");
        assertThat(v.language()).isEqualTo("en");
        assertThat(v.templateName()).isEqualTo("bahi_invoice");
        assertThat(v.parameters()).isEqualTo(e.parameters());
        assertThat(v.subject()).isEqualTo(e.subject());
        assertThat(v.text()).isEqualTo(e.text());
        assertThat(v.document()).isEqualTo(e.document());
        assertThat(v.trigger()).isEqualTo("share:sale-" + MSG_1);
        assertThat(v.attempts()).isZero();
        assertThat(v.providerMessageId()).isNull();
        assertThat(v.errorCode()).isNull();
        assertThat(v.errorReason()).isNull();
        assertThat(v.nextAttemptAt()).isEqualTo(REQUESTED_AT);
        assertThat(v.requestedBy()).isEqualTo("user-ravi");
        assertThat(v.requestedAt()).isEqualTo(REQUESTED_AT);
        assertThat(v.updatedAt()).isEqualTo(REQUESTED_AT);
        assertThat(v.history()).containsExactly(
                new HistoryEntry(NotificationStatus.PENDING, REQUESTED_AT, null, null));

        assertThat(ids(list(SHOP, null, null, null, 50, null))).containsExactly(MSG_1);
        assertThat(ids(list(SHOP, NotificationStatus.PENDING, null, null, 50, null))).containsExactly(MSG_1);

        Outbox.Entry entry = outboxEntry(SHOP, MSG_1).orElseThrow();
        assertThat(entry.attemptsMade()).isZero();
        assertThat(entry.dueAt()).isEqualTo(REQUESTED_AT);
        assertThat(entry.request()).usingRecursiveComparison().isEqualTo(e);
        assertThat(outbox.due(REQUESTED_AT, 10)).extracting(Outbox.Entry::notificationId).containsExactly(MSG_1);
        assertThat(outbox.due(REQUESTED_AT.minusMillis(1), 10)).isEmpty();
    }

    @Test
    void a_message_held_back_by_quiet_hours_is_due_at_not_before() {
        Instant notBefore = Instant.parse("2026-11-24T02:30:00Z");
        Instant lateEvening = Instant.parse("2026-11-23T16:00:00Z");
        projection.on(requested(SHOP, MSG_1, NotificationKind.UDHAAR_REMINDER, Channel.SMS, lateEvening,
                notBefore));

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(v.nextAttemptAt()).isEqualTo(notBefore);
        assertThat(v.dltTemplateId()).isEqualTo("1107161234567890123");
        assertThat(v.history()).containsExactly(new HistoryEntry(NotificationStatus.PENDING, lateEvening, null,
                "held back until " + notBefore));

        assertThat(outboxEntry(SHOP, MSG_1).orElseThrow().dueAt()).isEqualTo(notBefore);
        assertThat(outbox.due(lateEvening, 10)).isEmpty();
        assertThat(outbox.due(notBefore.minusSeconds(1), 10)).isEmpty();
        assertThat(outbox.due(notBefore, 10)).extracting(Outbox.Entry::notificationId).containsExactly(MSG_1);
    }

    // ---------------------------------------------------------------- attempts

    @Test
    void delivery_started_moves_the_message_to_sending_and_its_outbox_entry_to_when_the_attempt_goes_stale() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(v.attempts()).isEqualTo(1);
        assertThat(v.nextAttemptAt()).isNull();
        assertThat(v.updatedAt()).isEqualTo(T1);
        assertThat(v.history()).containsExactly(
                new HistoryEntry(NotificationStatus.PENDING, REQUESTED_AT, null, null),
                new HistoryEntry(NotificationStatus.SENDING, T1, 1, null));

        Outbox.Entry entry = outboxEntry(SHOP, MSG_1).orElseThrow();
        assertThat(entry.attemptsMade()).isEqualTo(1);
        assertThat(entry.dueAt()).isEqualTo(T1.plus(STALE_AFTER));
        assertThat(outbox.due(T1, 10)).as("not due again while the attempt may still report back").isEmpty();
        assertThat(outbox.due(T1.plus(STALE_AFTER), 10)).extracting(Outbox.Entry::notificationId)
                .containsExactly(MSG_1);
        assertThat(ids(list(SHOP, NotificationStatus.SENDING, null, null, 50, null))).containsExactly(MSG_1);
        assertThat(ids(list(SHOP, NotificationStatus.PENDING, null, null, 50, null))).isEmpty();
    }

    @Test
    void sent_leaves_the_outbox_remembers_the_provider_id_and_adds_to_the_history() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));
        projection.on(new NotificationSent(SHOP, MSG_1, Channel.WHATSAPP, 1, "wamid.ABC123", T2));

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(v.providerMessageId()).isEqualTo("wamid.ABC123");
        assertThat(v.attempts()).isEqualTo(1);
        assertThat(v.updatedAt()).isEqualTo(T2);
        assertThat(v.history()).containsExactly(
                new HistoryEntry(NotificationStatus.PENDING, REQUESTED_AT, null, null),
                new HistoryEntry(NotificationStatus.SENDING, T1, 1, null),
                new HistoryEntry(NotificationStatus.SENT, T2, 1, "provider id wamid.ABC123"));

        assertThat(outboxEntry(SHOP, MSG_1)).isEmpty();
        assertThat(notifications.findByProviderId(Channel.WHATSAPP, "wamid.ABC123"))
                .contains(new MessageRef(SHOP, MSG_1));
        assertThat(notifications.findByProviderId(Channel.SMS, "wamid.ABC123"))
                .as("provider ids are per channel").isEmpty();
        assertThat(notifications.findByProviderId(Channel.WHATSAPP, "wamid.OTHER")).isEmpty();
    }

    @Test
    void a_failed_attempt_goes_back_to_pending_and_is_rescheduled_for_the_retry() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));
        projection.on(new DeliveryAttemptFailed(SHOP, MSG_1, 1, "RATE_LIMITED", "too many messages", T3, T2));

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(v.attempts()).isEqualTo(1);
        assertThat(v.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(v.errorReason()).isEqualTo("too many messages");
        assertThat(v.nextAttemptAt()).isEqualTo(T3);
        assertThat(v.updatedAt()).isEqualTo(T2);
        assertThat(v.history()).last().isEqualTo(new HistoryEntry(NotificationStatus.PENDING, T2, 1,
                "RATE_LIMITED: too many messages; next attempt at " + T3));

        Outbox.Entry entry = outboxEntry(SHOP, MSG_1).orElseThrow();
        assertThat(entry.attemptsMade()).isEqualTo(1);
        assertThat(entry.dueAt()).isEqualTo(T3);
        assertThat(outbox.due(T3.minusSeconds(1), 10)).isEmpty();
        assertThat(outbox.due(T3, 10)).extracting(Outbox.Entry::notificationId).containsExactly(MSG_1);

        // the second attempt goes through: the error is gone
        projection.on(new DeliveryStarted(SHOP, MSG_1, 2, T3));
        projection.on(new NotificationSent(SHOP, MSG_1, Channel.WHATSAPP, 2, "wamid.XYZ", T3.plusSeconds(1)));
        NotificationView sent = view(SHOP, MSG_1);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.errorCode()).isNull();
        assertThat(sent.errorReason()).isNull();
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(outboxEntry(SHOP, MSG_1)).isEmpty();
    }

    @Test
    void a_skipped_message_leaves_the_outbox_with_its_reason() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new NotificationSkipped(SHOP, MSG_1, NotificationStatus.SKIPPED_OPTED_OUT,
                "the recipient opted out of WHATSAPP messages", T1));
        projection.on(receipt(SHOP, MSG_2));
        projection.on(new DeliveryStarted(SHOP, MSG_2, 1, T1));
        projection.on(new NotificationSkipped(SHOP, MSG_2, NotificationStatus.SKIPPED_NOT_CONFIGURED,
                "no WhatsApp provider configured", T2));

        NotificationView optedOut = view(SHOP, MSG_1);
        assertThat(optedOut.status()).isEqualTo(NotificationStatus.SKIPPED_OPTED_OUT);
        assertThat(optedOut.errorReason()).isEqualTo("the recipient opted out of WHATSAPP messages");
        assertThat(optedOut.updatedAt()).isEqualTo(T1);
        assertThat(statuses(SHOP, MSG_1)).containsExactly(NotificationStatus.PENDING,
                NotificationStatus.SKIPPED_OPTED_OUT);

        NotificationView notConfigured = view(SHOP, MSG_2);
        assertThat(notConfigured.status()).isEqualTo(NotificationStatus.SKIPPED_NOT_CONFIGURED);
        assertThat(notConfigured.attempts()).isEqualTo(1);
        assertThat(statuses(SHOP, MSG_2)).containsExactly(NotificationStatus.PENDING, NotificationStatus.SENDING,
                NotificationStatus.SKIPPED_NOT_CONFIGURED);
        assertThat(notConfigured.history()).last().isEqualTo(new HistoryEntry(
                NotificationStatus.SKIPPED_NOT_CONFIGURED, T2, null, "no WhatsApp provider configured"));

        assertThat(outboxEntry(SHOP, MSG_1)).isEmpty();
        assertThat(outboxEntry(SHOP, MSG_2)).isEmpty();
        assertThat(outbox.due(T4, 10)).isEmpty();
    }

    @Test
    void a_failed_message_leaves_the_outbox_with_the_providers_error() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));
        projection.on(new NotificationFailed(SHOP, MSG_1, 1, "RECIPIENT_INVALID", "not a WhatsApp number", T2));

        NotificationView v = view(SHOP, MSG_1);
        assertThat(v.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(v.attempts()).isEqualTo(1);
        assertThat(v.errorCode()).isEqualTo("RECIPIENT_INVALID");
        assertThat(v.errorReason()).isEqualTo("not a WhatsApp number");
        assertThat(v.nextAttemptAt()).isNull();
        assertThat(v.history()).last().isEqualTo(new HistoryEntry(NotificationStatus.FAILED, T2, 1,
                "RECIPIENT_INVALID: not a WhatsApp number"));
        assertThat(outboxEntry(SHOP, MSG_1)).isEmpty();
        assertThat(ids(list(SHOP, NotificationStatus.FAILED, null, null, 50, null))).containsExactly(MSG_1);
    }

    @Test
    void delivered_and_read_reports_update_the_status() {
        projection.on(receipt(SHOP, MSG_1));
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));
        projection.on(new NotificationSent(SHOP, MSG_1, Channel.WHATSAPP, 1, "wamid.ABC", T2));

        projection.on(new NotificationDelivered(SHOP, MSG_1, T3));
        NotificationView delivered = view(SHOP, MSG_1);
        assertThat(delivered.status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(delivered.providerMessageId()).isEqualTo("wamid.ABC");
        assertThat(delivered.updatedAt()).isEqualTo(T3);
        assertThat(ids(list(SHOP, NotificationStatus.DELIVERED, null, null, 50, null))).containsExactly(MSG_1);

        projection.on(new NotificationRead(SHOP, MSG_1, T4));
        NotificationView read = view(SHOP, MSG_1);
        assertThat(read.status()).isEqualTo(NotificationStatus.READ);
        assertThat(read.providerMessageId()).isEqualTo("wamid.ABC");
        assertThat(read.updatedAt()).isEqualTo(T4);
        assertThat(statuses(SHOP, MSG_1)).containsExactly(NotificationStatus.PENDING, NotificationStatus.SENDING,
                NotificationStatus.SENT, NotificationStatus.DELIVERED, NotificationStatus.READ);
        assertThat(ids(list(SHOP, NotificationStatus.READ, null, null, 50, null))).containsExactly(MSG_1);
        assertThat(ids(list(SHOP, NotificationStatus.DELIVERED, null, null, 50, null))).isEmpty();
    }

    @Test
    void events_of_a_message_the_projection_never_saw_change_nothing() {
        projection.on(new DeliveryStarted(SHOP, MSG_1, 1, T1));
        projection.on(new NotificationDelivered(SHOP, MSG_1, T3));
        assertThat(notifications.find(SHOP, MSG_1)).isEmpty();
        assertThat(list(SHOP, null, null, null, 50, null).items()).isEmpty();
        assertThat(outbox.due(T4.plus(STALE_AFTER), 10)).isEmpty();
    }

    // ---------------------------------------------------------------- idempotence and replay

    @Test
    void handling_the_same_event_twice_adds_one_history_entry() {
        List<Object> events = sentDeliveredRead(SHOP, MSG_1);
        for (Object event : events) {
            handle(event);
            handle(event);
        }
        NotificationView twice = view(SHOP, MSG_1);
        assertThat(twice.history()).hasSize(events.size());
        assertThat(statuses(SHOP, MSG_1)).containsExactly(NotificationStatus.PENDING, NotificationStatus.SENDING,
                NotificationStatus.PENDING, NotificationStatus.SENDING, NotificationStatus.SENT,
                NotificationStatus.DELIVERED, NotificationStatus.READ);

        // a skip and a failure redelivered
        projection.on(receipt(SHOP, MSG_2));
        NotificationSkipped skipped = new NotificationSkipped(SHOP, MSG_2, NotificationStatus.SKIPPED_NOT_CONFIGURED,
                "no provider", T1);
        projection.on(skipped);
        projection.on(skipped);
        assertThat(statuses(SHOP, MSG_2)).containsExactly(NotificationStatus.PENDING,
                NotificationStatus.SKIPPED_NOT_CONFIGURED);

        projection.on(receipt(SHOP, MSG_3));
        projection.on(new DeliveryStarted(SHOP, MSG_3, 1, T1));
        NotificationFailed failed = new NotificationFailed(SHOP, MSG_3, 1, "BLOCKED", "blocked by user", T2);
        projection.on(failed);
        projection.on(failed);
        assertThat(statuses(SHOP, MSG_3)).containsExactly(NotificationStatus.PENDING, NotificationStatus.SENDING,
                NotificationStatus.FAILED);

        // the same events once, in another shop, give the same message
        handleAll(events.stream().map(e -> retarget(e, OTHER_SHOP)).toList());
        assertThat(view(OTHER_SHOP, MSG_1)).usingRecursiveComparison().ignoringFields("tenantId")
                .isEqualTo(twice);
    }

    @Test
    void reset_and_replay_of_the_same_events_rebuild_identical_documents_and_outbox() {
        List<Object> all = new ArrayList<>(sentDeliveredRead(SHOP, MSG_1));
        all.add(requested(SHOP, MSG_2, NotificationKind.INVOICE, Channel.EMAIL, REQUESTED_AT, null));
        all.add(new DeliveryStarted(SHOP, MSG_2, 1, T1));
        all.add(new DeliveryAttemptFailed(SHOP, MSG_2, 1, "SMTP_DOWN", "connection refused", T4, T2));
        all.add(requested(SHOP, MSG_3, NotificationKind.UDHAAR_REMINDER, Channel.SMS, REQUESTED_AT, T3));
        all.add(receipt(SHOP, MSG_4));
        all.add(new NotificationSkipped(SHOP, MSG_4, NotificationStatus.SKIPPED_OPTED_OUT, "opted out", T1));
        all.add(receipt(OTHER_SHOP, MSG_5));
        handleAll(all);

        List<NotificationView> before = new ArrayList<>(list(SHOP, null, null, null, 200, null).items());
        before.addAll(list(OTHER_SHOP, null, null, null, 200, null).items());
        List<Outbox.Entry> outboxBefore = outbox.due(T4.plus(Duration.ofDays(1)), 100);
        Optional<MessageRef> providerBefore = notifications.findByProviderId(Channel.WHATSAPP, "wamid.HBgM" + MSG_1);
        assertThat(before).hasSize(5);
        assertThat(outboxBefore).extracting(Outbox.Entry::notificationId)
                .containsExactlyInAnyOrder(MSG_2, MSG_3, MSG_5);
        assertThat(providerBefore).contains(new MessageRef(SHOP, MSG_1));

        projection.reset();
        assertThat(list(SHOP, null, null, null, 200, null).items()).isEmpty();
        assertThat(outbox.due(T4.plus(Duration.ofDays(1)), 100)).isEmpty();
        assertThat(notifications.findByProviderId(Channel.WHATSAPP, "wamid.HBgM" + MSG_1)).isEmpty();

        handleAll(all);
        List<NotificationView> after = new ArrayList<>(list(SHOP, null, null, null, 200, null).items());
        after.addAll(list(OTHER_SHOP, null, null, null, 200, null).items());
        assertThat(after).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        assertThat(after).isEqualTo(before);
        assertThat(outbox.due(T4.plus(Duration.ofDays(1)), 100)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(outboxBefore);
        assertThat(notifications.findByProviderId(Channel.WHATSAPP, "wamid.HBgM" + MSG_1)).isEqualTo(providerBefore);
    }

    // ---------------------------------------------------------------- outbox and list

    @Test
    void the_outbox_answers_only_entries_due_earliest_first_across_shops_up_to_the_limit() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        projection.on(requested(SHOP, MSG_1, NotificationKind.RECEIPT, Channel.WHATSAPP,
                now.minusSeconds(60), null));                        // due a minute ago
        projection.on(requested(OTHER_SHOP, MSG_2, NotificationKind.RECEIPT, Channel.SMS,
                now.minusSeconds(3600), null));                      // due an hour ago, other shop
        projection.on(requested(SHOP, MSG_3, NotificationKind.LOW_STOCK, Channel.WHATSAPP,
                now.minusSeconds(7200), now.plusSeconds(3600)));     // held back an hour more
        projection.on(requested(OTHER_SHOP, MSG_4, NotificationKind.RECEIPT, Channel.EMAIL,
                now.minusSeconds(600), null));                       // due ten minutes ago, other shop
        projection.on(requested(SHOP, MSG_5, NotificationKind.RECEIPT, Channel.WHATSAPP, now, null)); // due now

        List<Outbox.Entry> due = outbox.due(now, 10);
        assertThat(due).extracting(Outbox.Entry::notificationId).containsExactly(MSG_2, MSG_4, MSG_1, MSG_5);
        assertThat(due).extracting(Outbox.Entry::tenantId)
                .containsExactly(OTHER_SHOP, OTHER_SHOP, SHOP, SHOP);
        assertThat(due).extracting(Outbox.Entry::dueAt).isSorted();
        assertThat(outbox.due(now, 2)).extracting(Outbox.Entry::notificationId).containsExactly(MSG_2, MSG_4);
        assertThat(outbox.due(now.minusSeconds(3601), 10)).isEmpty();
        assertThat(outbox.due(now.plusSeconds(3600), 10)).extracting(Outbox.Entry::notificationId)
                .containsExactly(MSG_2, MSG_4, MSG_1, MSG_5, MSG_3);

        // a retry moves an entry later in the line
        projection.on(new DeliveryStarted(OTHER_SHOP, MSG_2, 1, now.minusSeconds(30)));
        projection.on(new DeliveryAttemptFailed(OTHER_SHOP, MSG_2, 1, "TIMEOUT", "provider timed out",
                now.plusSeconds(60), now.minusSeconds(20)));
        assertThat(outbox.due(now, 10)).extracting(Outbox.Entry::notificationId).containsExactly(MSG_4, MSG_1, MSG_5);
        assertThat(outbox.due(now.plusSeconds(60), 10)).extracting(Outbox.Entry::notificationId)
                .containsExactly(MSG_4, MSG_1, MSG_5, MSG_2);
    }

    @Test
    void the_list_filters_by_status_channel_and_kind_and_pages_with_a_cursor() {
        projection.on(requested(SHOP, MSG_1, NotificationKind.RECEIPT, Channel.WHATSAPP, REQUESTED_AT, null));
        projection.on(requested(SHOP, MSG_2, NotificationKind.INVOICE, Channel.SMS, REQUESTED_AT, null));
        projection.on(requested(SHOP, MSG_3, NotificationKind.INVOICE, Channel.WHATSAPP, REQUESTED_AT, null));
        projection.on(requested(SHOP, MSG_4, NotificationKind.UDHAAR_REMINDER, Channel.EMAIL, REQUESTED_AT, null));
        projection.on(requested(SHOP, MSG_5, NotificationKind.INVOICE, Channel.WHATSAPP, REQUESTED_AT, null));
        projection.on(new DeliveryStarted(SHOP, MSG_3, 1, T1));
        projection.on(new NotificationSkipped(SHOP, MSG_3, NotificationStatus.SKIPPED_NOT_CONFIGURED, "none", T2));
        projection.on(new NotificationSkipped(SHOP, MSG_5, NotificationStatus.SKIPPED_OPTED_OUT, "opted out", T2));
        projection.on(requested(OTHER_SHOP, "0193a5c4-0000-7000-8000-000000000006", NotificationKind.INVOICE,
                Channel.WHATSAPP, REQUESTED_AT, null));

        assertThat(ids(list(SHOP, null, null, null, 50, null))).as("in the order they were asked for")
                .containsExactly(MSG_1, MSG_2, MSG_3, MSG_4, MSG_5);
        assertThat(ids(list(SHOP, NotificationStatus.PENDING, null, null, 50, null)))
                .containsExactly(MSG_1, MSG_2, MSG_4);
        assertThat(ids(list(SHOP, NotificationStatus.SKIPPED_NOT_CONFIGURED, null, null, 50, null)))
                .containsExactly(MSG_3);
        assertThat(ids(list(SHOP, null, Channel.WHATSAPP, null, 50, null))).containsExactly(MSG_1, MSG_3, MSG_5);
        assertThat(ids(list(SHOP, null, Channel.EMAIL, null, 50, null))).containsExactly(MSG_4);
        assertThat(ids(list(SHOP, null, null, NotificationKind.INVOICE, 50, null)))
                .containsExactly(MSG_2, MSG_3, MSG_5);
        assertThat(ids(list(SHOP, null, Channel.WHATSAPP, NotificationKind.INVOICE, 50, null)))
                .containsExactly(MSG_3, MSG_5);
        assertThat(ids(list(SHOP, NotificationStatus.SKIPPED_OPTED_OUT, Channel.WHATSAPP, NotificationKind.INVOICE,
                50, null))).containsExactly(MSG_5);
        assertThat(ids(list(SHOP, NotificationStatus.FAILED, null, null, 50, null))).isEmpty();
        assertThat(ids(list(SHOP, null, null, NotificationKind.DAILY_SUMMARY, 50, null))).isEmpty();

        // pages of two
        NotificationPage first = list(SHOP, null, null, null, 2, null);
        assertThat(ids(first)).containsExactly(MSG_1, MSG_2);
        assertThat(first.nextCursor()).isNotNull();
        NotificationPage second = list(SHOP, null, null, null, 2, first.nextCursor());
        assertThat(ids(second)).containsExactly(MSG_3, MSG_4);
        assertThat(second.nextCursor()).isNotNull();
        NotificationPage third = list(SHOP, null, null, null, 2, second.nextCursor());
        assertThat(ids(third)).containsExactly(MSG_5);
        assertThat(third.nextCursor()).isNull();

        // a filtered list pages too
        NotificationPage invoices = list(SHOP, null, null, NotificationKind.INVOICE, 2, null);
        assertThat(ids(invoices)).containsExactly(MSG_2, MSG_3);
        NotificationPage moreInvoices = list(SHOP, null, null, NotificationKind.INVOICE, 2, invoices.nextCursor());
        assertThat(ids(moreInvoices)).containsExactly(MSG_5);
        assertThat(moreInvoices.nextCursor()).isNull();

        // an exact page has no next cursor
        assertThat(list(SHOP, null, null, null, 5, null).nextCursor()).isNull();
    }

    @Test
    void another_shop_sees_nothing_of_a_shops_messages_and_its_events_touch_nothing() {
        handleAll(sentDeliveredRead(SHOP, MSG_1));
        NotificationView mine = view(SHOP, MSG_1);

        assertThat(notifications.find(OTHER_SHOP, MSG_1)).isEmpty();
        assertThat(list(OTHER_SHOP, null, null, null, 50, null).items()).isEmpty();
        assertThat(list(OTHER_SHOP, NotificationStatus.READ, null, null, 50, null).items()).isEmpty();

        // events naming the other shop do not reach this shop's message
        projection.on(new DeliveryStarted(OTHER_SHOP, MSG_1, 3, T4));
        projection.on(new NotificationFailed(OTHER_SHOP, MSG_1, 3, "X", "y", T4));
        assertThat(view(SHOP, MSG_1)).isEqualTo(mine);
        assertThat(notifications.find(OTHER_SHOP, MSG_1)).isEmpty();

        // the same message id in two shops are two messages
        projection.on(receipt(OTHER_SHOP, MSG_1));
        assertThat(view(OTHER_SHOP, MSG_1).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(view(SHOP, MSG_1)).isEqualTo(mine);
        assertThat(outbox.due(T4, 10)).extracting(Outbox.Entry::tenantId).containsExactly(OTHER_SHOP);
    }

    // ---------------------------------------------------------------- helpers

    /** The event as if it had happened in {@code tenantId}. */
    private static Object retarget(Object event, String tenantId) {
        if (event instanceof NotificationRequested e) {
            return new NotificationRequested(tenantId, e.notificationId(), e.kind(), e.channel(), e.recipient(),
                    e.recipientName(), e.language(), e.templateName(), e.parameters(), e.dltTemplateId(),
                    e.subject(), e.text(), e.document(), e.trigger(), e.notBefore(), e.requestedBy(),
                    e.requestedAt());
        } else if (event instanceof DeliveryStarted e) {
            return new DeliveryStarted(tenantId, e.notificationId(), e.attempt(), e.startedAt());
        } else if (event instanceof NotificationSent e) {
            return new NotificationSent(tenantId, e.notificationId(), e.channel(), e.attempt(),
                    e.providerMessageId(), e.sentAt());
        } else if (event instanceof DeliveryAttemptFailed e) {
            return new DeliveryAttemptFailed(tenantId, e.notificationId(), e.attempt(), e.code(), e.reason(),
                    e.retryAt(), e.failedAt());
        } else if (event instanceof NotificationDelivered e) {
            return new NotificationDelivered(tenantId, e.notificationId(), e.deliveredAt());
        } else if (event instanceof NotificationRead e) {
            return new NotificationRead(tenantId, e.notificationId(), e.readAt());
        }
        throw new IllegalArgumentException(String.valueOf(event));
    }
}
