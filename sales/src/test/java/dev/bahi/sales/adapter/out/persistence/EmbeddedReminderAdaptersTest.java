package dev.bahi.sales.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reminder stores on the embedded store: per shop, replay-safe, newest first, and the scan's daily mark. */
class EmbeddedReminderAdaptersTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("sales");

    static final Instant AT = Instant.parse("2026-11-24T06:30:00Z");

    private MongoReminderPolicyStore policies;
    private MongoReminderReadModel reminders;
    private String shop;
    private String otherShop;

    @BeforeEach
    void setUp() {
        policies = new MongoReminderPolicyStore(mongo.template());
        reminders = new MongoReminderReadModel(mongo.template());
        shop = UUID.randomUUID().toString();
        otherShop = UUID.randomUUID().toString();
    }

    static ReminderView reminder(String shop, String customer, String id, String on) {
        return new ReminderView(id, shop, customer, 50000, null, ReminderChannel.WHATSAPP, null, false, on, AT);
    }

    @Test
    void a_policy_is_its_shops_own_and_only_enabled_ones_are_scanned() {
        policies.save(new ReminderPolicy(shop, true, 7, 30, "10:00", AT));
        policies.save(new ReminderPolicy(otherShop, false, 7, 30, "10:00", AT));

        assertThat(policies.find(shop)).contains(new ReminderPolicy(shop, true, 7, 30, "10:00", AT));
        assertThat(policies.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(policies.enabled()).extracting(ReminderPolicy::tenantId).contains(shop).doesNotContain(otherShop);
    }

    @Test
    void the_daily_scan_mark_is_per_shop_and_a_changed_policy_forgets_it() {
        policies.save(new ReminderPolicy(shop, true, 7, 30, "10:00", AT));
        policies.save(new ReminderPolicy(otherShop, true, 7, 30, "10:00", AT));
        LocalDate today = LocalDate.parse("2026-11-24");

        policies.markScanned(shop, today);
        assertThat(policies.scannedOn(shop)).contains(today);
        assertThat(policies.scannedOn(otherShop)).isEmpty();
        assertThat(policies.find(shop)).as("the mark changes no policy")
                .contains(new ReminderPolicy(shop, true, 7, 30, "10:00", AT));

        policies.save(new ReminderPolicy(shop, true, 3, 30, "10:00", AT.plusSeconds(60)));
        assertThat(policies.scannedOn(shop)).isEmpty();
    }

    @Test
    void reminders_are_read_per_customer_newest_first_and_saving_one_again_changes_nothing() {
        String meena = UUID.randomUUID().toString();
        reminders.save(reminder(shop, meena, "0193c0de-0000-7000-8000-000000000001", "2026-11-10"));
        reminders.save(reminder(shop, meena, "0193c0de-0000-7000-8000-000000000002", "2026-11-17"));
        reminders.save(reminder(shop, meena, "0193c0de-0000-7000-8000-000000000002", "2026-11-17"));
        reminders.save(reminder(otherShop, meena, "0193c0de-0000-7000-8000-000000000003", "2026-11-24"));

        assertThat(reminders.ofCustomer(shop, meena, 10)).extracting(ReminderView::requestedOn)
                .containsExactly("2026-11-17", "2026-11-10");
        assertThat(reminders.lastRemindedOn(shop, meena)).contains("2026-11-17");
        assertThat(reminders.lastRemindedOn(shop, UUID.randomUUID().toString())).isEmpty();
        assertThat(reminders.ofCustomer(otherShop, meena, 10)).extracting(ReminderView::reminderId)
                .containsExactly("0193c0de-0000-7000-8000-000000000003");
    }
}
