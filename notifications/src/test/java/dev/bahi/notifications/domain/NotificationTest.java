package dev.bahi.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.DeliveryAttemptFailed;
import dev.bahi.notifications.api.DeliveryStarted;
import dev.bahi.notifications.api.NotificationDelivered;
import dev.bahi.notifications.api.NotificationFailed;
import dev.bahi.notifications.api.NotificationKind;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationTest {
    static final Instant NOW = Instant.parse("2025-10-14T06:30:00Z");
    static final String ID = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String TENANT = "shop-1";
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 3,
            Duration.ofMinutes(2));

    private FixtureConfiguration<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(RETRY);
    }

    static RequestNotification request(Instant notBefore, NotificationStatus skip) {
        return new RequestNotification(ID, TENANT, NotificationKind.UDHAAR_REMINDER, Channel.WHATSAPP,
                "+919876543210", "Meena", "en", "bahi_udhaar_reminder", List.of("Meena", "1,250.00"), null,
                "₹1,250.00 due", "Namaste Meena, ₹1,250.00 is due.", null, "reminder:r1", notBefore, skip,
                skip == null ? null : "opted out", "user-1");
    }

    static NotificationRequested requested() {
        return requestedAt(NOW.minusSeconds(60), null);
    }

    static NotificationRequested requestedAt(Instant at, Instant notBefore) {
        return new NotificationRequested(TENANT, ID, NotificationKind.UDHAAR_REMINDER, Channel.WHATSAPP,
                "+919876543210", "Meena", "en", "bahi_udhaar_reminder", List.of("Meena", "1,250.00"), null,
                "₹1,250.00 due", "Namaste Meena, ₹1,250.00 is due.", null, "reminder:r1", notBefore, "user-1", at);
    }

    @Test
    void asking_for_a_message_records_it_rendered_and_addressed() {
        fixture.givenNoPriorActivity()
                .when(request(null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requestedAt(NOW, null));
    }

    @Test
    void a_message_to_someone_who_opted_out_is_recorded_as_skipped() {
        fixture.givenNoPriorActivity()
                .when(request(null, NotificationStatus.SKIPPED_OPTED_OUT))
                .expectEvents(requestedAt(NOW, null), new NotificationSkipped(TENANT, ID,
                        NotificationStatus.SKIPPED_OPTED_OUT, "opted out", NOW));
    }

    @Test
    void a_message_without_text_is_refused() {
        RequestNotification blank = new RequestNotification(ID, TENANT, NotificationKind.LOW_STOCK, Channel.SMS,
                "+919876543210", null, "en", null, List.of(), null, null, " ", null, "t", null, null, null, "u");
        fixture.givenNoPriorActivity().when(blank).expectException(RuleViolation.class);
    }

    @Test
    void the_first_attempt_is_claimed_once() {
        fixture.given(requested())
                .when(new StartDelivery(ID, TENANT, 1))
                .expectResultMessagePayload(true)
                .expectEvents(new DeliveryStarted(TENANT, ID, 1, NOW));
    }

    @Test
    void a_second_claim_of_the_same_attempt_is_turned_down_without_an_event() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW.minusSeconds(5)))
                .when(new StartDelivery(ID, TENANT, 1))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void a_message_held_back_by_quiet_hours_is_not_claimed_before_its_time() {
        fixture.given(requestedAt(NOW.minusSeconds(60), NOW.plusSeconds(3600)))
                .when(new StartDelivery(ID, TENANT, 1))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void an_attempt_that_never_reported_back_is_taken_over_after_the_stale_time() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW.minus(Duration.ofMinutes(3))))
                .when(new StartDelivery(ID, TENANT, 2))
                .expectResultMessagePayload(true)
                .expectEvents(new DeliveryStarted(TENANT, ID, 2, NOW));
    }

    @Test
    void the_provider_id_is_recorded_when_the_message_is_sent() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW))
                .when(new RecordSent(ID, TENANT, 1, "wamid.HBgM"))
                .expectEvents(new NotificationSent(TENANT, ID, Channel.WHATSAPP, 1, "wamid.HBgM", NOW));
    }

    @Test
    void a_transient_failure_is_retried_after_a_wait_that_doubles() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW),
                        new DeliveryAttemptFailed(TENANT, ID, 1, "WHATSAPP_HTTP_503", "down", NOW, NOW),
                        new DeliveryStarted(TENANT, ID, 2, NOW))
                .when(new RecordSendFailure(ID, TENANT, 2, "WHATSAPP_TIMEOUT", "read timed out", true))
                .expectEvents(new DeliveryAttemptFailed(TENANT, ID, 2, "WHATSAPP_TIMEOUT", "read timed out",
                        NOW.plusSeconds(60), NOW));
    }

    @Test
    void the_last_transient_failure_fails_the_message() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 3, NOW))
                .when(new RecordSendFailure(ID, TENANT, 3, "WHATSAPP_HTTP_500", "boom", true))
                .expectEvents(new NotificationFailed(TENANT, ID, 3, "WHATSAPP_HTTP_500", "boom", NOW));
    }

    @Test
    void a_permanent_failure_is_not_retried() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW))
                .when(new RecordSendFailure(ID, TENANT, 1, "WHATSAPP_131026", "undeliverable", false))
                .expectEvents(new NotificationFailed(TENANT, ID, 1, "WHATSAPP_131026", "undeliverable", NOW));
    }

    @Test
    void an_outcome_for_an_attempt_not_under_way_is_refused() {
        fixture.given(requested())
                .when(new RecordSent(ID, TENANT, 1, "wamid.x"))
                .expectException(StateConflict.class);
    }

    @Test
    void a_channel_without_a_provider_skips_the_message() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW))
                .when(new SkipNotification(ID, TENANT, NotificationStatus.SKIPPED_NOT_CONFIGURED, "no provider"))
                .expectEvents(new NotificationSkipped(TENANT, ID, NotificationStatus.SKIPPED_NOT_CONFIGURED,
                        "no provider", NOW));
    }

    @Test
    void delivery_and_read_reports_move_the_message_forward() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW),
                        new NotificationSent(TENANT, ID, Channel.WHATSAPP, 1, "wamid.x", NOW))
                .when(new RecordProviderStatus(ID, TENANT, NotificationStatus.DELIVERED, null, null, NOW))
                .expectEvents(new NotificationDelivered(TENANT, ID, NOW));
    }

    @Test
    void a_repeated_or_late_report_changes_nothing() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW),
                        new NotificationSent(TENANT, ID, Channel.WHATSAPP, 1, "wamid.x", NOW),
                        new NotificationRead(TENANT, ID, NOW))
                .when(new RecordProviderStatus(ID, TENANT, NotificationStatus.DELIVERED, null, null, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_failure_reported_after_sending_fails_the_message_with_the_providers_error() {
        fixture.given(requested(), new DeliveryStarted(TENANT, ID, 1, NOW),
                        new NotificationSent(TENANT, ID, Channel.WHATSAPP, 1, "wamid.x", NOW))
                .when(new RecordProviderStatus(ID, TENANT, NotificationStatus.FAILED, "WHATSAPP_131047",
                        "re-engagement message", NOW))
                .expectEvents(new NotificationFailed(TENANT, ID, 1, "WHATSAPP_131047", "re-engagement message",
                        NOW));
    }

    @Test
    void another_shop_cannot_touch_the_message() {
        fixture.given(requested())
                .when(new StartDelivery(ID, "shop-2", 1))
                .expectException(NotFound.class);
    }

    @Test
    void the_wait_doubles_up_to_its_cap() {
        assertThat(RETRY.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRY.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RETRY.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(RETRY.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RETRY.delayAfter(40)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RETRY.exhaustedAfter(2)).isFalse();
        assertThat(RETRY.exhaustedAfter(3)).isTrue();
    }
}
