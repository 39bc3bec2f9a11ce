package dev.bahi.payments.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.payments.api.FindPaymentAnalytics;
import dev.bahi.payments.api.PaymentAnalyticsGrouping;
import dev.bahi.payments.api.PaymentAnalyticsView;
import dev.bahi.payments.api.PaymentAnalyticsView.Group;
import dev.bahi.payments.api.PaymentAnalyticsView.StatusCounts;
import dev.bahi.payments.api.PaymentAnalyticsView.Totals;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.application.PaymentAnalyticsQueryHandler;
import dev.bahi.payments.application.port.out.PaymentAnalyticsEntry;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The analytics read model on the embedded store, summed by its query handler: only the shop's payments of the
 * range (both ends included) count, by day or by method.
 */
class EmbeddedPaymentAnalyticsReadModelTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("payments");

    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final LocalDate NOV_24 = LocalDate.parse("2026-11-24");
    static final LocalDate NOV_25 = LocalDate.parse("2026-11-25");

    private MongoPaymentAnalyticsReadModel entries;
    private PaymentAnalyticsQueryHandler handler;

    @BeforeEach
    void store() {
        entries = new MongoPaymentAnalyticsReadModel(mongo.template());
        handler = new PaymentAnalyticsQueryHandler(entries);
        save(SHOP, "p0", "2026-11-23", PaymentMethod.CASH, PaymentStatus.SUCCEEDED, 999_00, 0);
        save(SHOP, "p1", "2026-11-24", PaymentMethod.CASH, PaymentStatus.SUCCEEDED, 200_00, 50_00);
        save(SHOP, "p2", "2026-11-24", PaymentMethod.UPI, PaymentStatus.PENDING, 100_00, 0);
        save(SHOP, "p3", "2026-11-25", PaymentMethod.UPI, PaymentStatus.SUCCEEDED, 300_00, 0);
        save(SHOP, "p4", "2026-11-25", PaymentMethod.CARD, PaymentStatus.FAILED, 75_00, 0);
        save(SHOP, "p5", "2026-11-25", PaymentMethod.UPI, PaymentStatus.REFUNDED, 40_00, 40_00);
        save(SHOP, "p6", "2026-11-26", PaymentMethod.UPI, PaymentStatus.SUCCEEDED, 888_00, 0);
        save(OTHER_SHOP, "p1", "2026-11-24", PaymentMethod.CASH, PaymentStatus.SUCCEEDED, 5_000_00, 0);
        save(OTHER_SHOP, "q1", "2026-11-25", PaymentMethod.BANK_TRANSFER, PaymentStatus.SUCCEEDED, 7_000_00, 0);
    }

    private void save(String shop, String id, String day, PaymentMethod method, PaymentStatus status, long amount,
                      long refunded) {
        entries.save(new PaymentAnalyticsEntry(shop, id, day, method, status, amount, refunded));
    }

    private PaymentAnalyticsView analytics(String shop, LocalDate from, LocalDate to, PaymentAnalyticsGrouping by) {
        return handler.handle(new FindPaymentAnalytics(shop, from, to, by));
    }

    @Test
    void a_range_counts_only_the_shops_payments_of_its_days_both_ends_included() {
        assertThat(entries.between(SHOP, NOV_24, NOV_25)).extracting(PaymentAnalyticsEntry::paymentId)
                .containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(entries.between(OTHER_SHOP, NOV_24, NOV_25)).extracting(PaymentAnalyticsEntry::paymentId)
                .containsExactly("p1", "q1");
        assertThat(entries.find(SHOP, "p1")).get().extracting(PaymentAnalyticsEntry::amount).isEqualTo(200_00L);
        assertThat(entries.find(SHOP, "q1")).isEmpty();
    }

    @Test
    void totals_and_groups_by_day() {
        PaymentAnalyticsView view = analytics(SHOP, NOV_24, NOV_25, PaymentAnalyticsGrouping.DAY);

        assertThat(view.from()).isEqualTo(NOV_24);
        assertThat(view.to()).isEqualTo(NOV_25);
        assertThat(view.groupBy()).isEqualTo(PaymentAnalyticsGrouping.DAY);
        assertThat(view.totals()).isEqualTo(new Totals(5, 715_00, 540_00, 90_00, 450_00, 1, 1));
        assertThat(view.groups()).containsExactly(
                new Group("2026-11-24", 2, 300_00, 200_00, 50_00, 150_00, new StatusCounts(1, 1, 0, 0)),
                new Group("2026-11-25", 3, 415_00, 340_00, 40_00, 300_00, new StatusCounts(0, 1, 1, 1)));
    }

    @Test
    void totals_and_groups_by_method_in_method_order() {
        PaymentAnalyticsView view = analytics(SHOP, NOV_24, NOV_25, PaymentAnalyticsGrouping.METHOD);

        assertThat(view.totals()).isEqualTo(new Totals(5, 715_00, 540_00, 90_00, 450_00, 1, 1));
        assertThat(view.groups()).containsExactly(
                new Group("UPI", 3, 440_00, 340_00, 40_00, 300_00, new StatusCounts(1, 1, 0, 1)),
                new Group("CASH", 1, 200_00, 200_00, 50_00, 150_00, new StatusCounts(0, 1, 0, 0)),
                new Group("CARD", 1, 75_00, 0, 0, 0, new StatusCounts(0, 0, 1, 0)));
    }

    @Test
    void a_range_without_payments_and_another_shop_see_nothing_of_this_shops() {
        PaymentAnalyticsView empty = analytics(SHOP, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"),
                PaymentAnalyticsGrouping.DAY);
        assertThat(empty.totals()).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0));
        assertThat(empty.groups()).isEmpty();

        PaymentAnalyticsView other = analytics(OTHER_SHOP, NOV_24, NOV_25, PaymentAnalyticsGrouping.METHOD);
        assertThat(other.totals()).isEqualTo(new Totals(2, 12_000_00, 12_000_00, 0, 12_000_00, 0, 0));
        assertThat(other.groups()).extracting(Group::key).containsExactly("CASH", "BANK_TRANSFER");
    }
}
