package dev.bahi.notifications.domain;

import dev.bahi.notifications.api.ChangeNotificationPreferences;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.NotificationPreferencesChanged;
import dev.bahi.notifications.api.QuietHours;
import dev.bahi.notifications.api.ResetTemplate;
import dev.bahi.notifications.api.SaveTemplate;
import dev.bahi.notifications.api.TemplateReset;
import dev.bahi.notifications.api.TemplateSaved;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationSettingsRecordTest {
    static final Instant NOW = Instant.parse("2025-10-14T06:30:00Z");
    static final String TENANT = "shop-1";
    static final String ID = ChangeNotificationPreferences.settingsIdOf(TENANT);

    private FixtureConfiguration<NotificationSettingsRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NotificationSettingsRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static NotificationPreferences hindiWithQuietNights(String ownerPhone) {
        return new NotificationPreferences("hi", Map.of(NotificationKind.DAILY_SUMMARY, Channel.EMAIL), false, true,
                true, true, "21:30", new QuietHours("21:00", "08:00"), ownerPhone, null, false);
    }

    static NotificationPreferences completed(NotificationPreferences p) {
        Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            channels.put(kind, p.channels().getOrDefault(kind, Channel.WHATSAPP));
        }
        return new NotificationPreferences(p.language(), channels, p.invoiceMessages(), p.paymentReceipts(),
                p.lowStockAlerts(), p.dailySummary(), p.dailySummaryAt(), p.quietHours(), "+919876543210",
                p.ownerEmail(), p.whatsAppOptInRequired());
    }

    @Test
    void preferences_are_checked_completed_and_recorded() {
        fixture.givenNoPriorActivity()
                .when(new ChangeNotificationPreferences(ID, TENANT, hindiWithQuietNights("98765 43210")))
                .expectEvents(new NotificationPreferencesChanged(TENANT,
                        completed(hindiWithQuietNights(null)), NOW));
    }

    @Test
    void the_same_preferences_again_record_nothing() {
        fixture.given(new NotificationPreferencesChanged(TENANT, completed(hindiWithQuietNights(null)), NOW))
                .when(new ChangeNotificationPreferences(ID, TENANT, hindiWithQuietNights("+919876543210")))
                .expectNoEvents();
    }

    @Test
    void quiet_hours_that_are_no_time_are_refused() {
        NotificationPreferences bad = new NotificationPreferences("en", Map.of(), false, true, true, true, "21:00",
                new QuietHours("25:00", "08:00"), null, null, false);
        fixture.givenNoPriorActivity()
                .when(new ChangeNotificationPreferences(ID, TENANT, bad))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_template_is_saved_and_reset() {
        MessageTemplate own = new MessageTemplate("{{itemName}} kam hai", null, "low_stock_hi", null);
        fixture.givenNoPriorActivity()
                .when(new SaveTemplate(ID, TENANT, NotificationKind.LOW_STOCK, "hi", own))
                .expectEvents(new TemplateSaved(TENANT, NotificationKind.LOW_STOCK, "hi", own, NOW));
        fixture.given(new TemplateSaved(TENANT, NotificationKind.LOW_STOCK, "hi", own, NOW))
                .when(new ResetTemplate(ID, TENANT, NotificationKind.LOW_STOCK, "hi"))
                .expectEvents(new TemplateReset(TENANT, NotificationKind.LOW_STOCK, "hi", NOW));
    }

    @Test
    void a_template_in_an_unsupported_language_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SaveTemplate(ID, TENANT, NotificationKind.LOW_STOCK, "xx",
                        new MessageTemplate("{{itemName}}", null, null, null)))
                .expectException(RuleViolation.class);
    }

    @Test
    void another_shops_settings_are_not_found() {
        fixture.givenNoPriorActivity()
                .when(new ChangeNotificationPreferences(ID, "shop-2", hindiWithQuietNights(null)))
                .expectException(NotFound.class);
    }
}
