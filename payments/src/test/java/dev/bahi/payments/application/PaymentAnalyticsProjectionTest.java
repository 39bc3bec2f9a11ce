package dev.bahi.payments.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.payments.adapter.out.persistence.MongoPaymentAnalyticsReadModel;
import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.payments.application.port.out.PaymentAnalyticsEntry;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The analytics projection's handlers as plain objects over the embedded store: absolute values make replays harmless. */
class PaymentAnalyticsProjectionTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("payments");

    static final String SHOP = "shop-1";
    static final String DAY = "2026-11-25";
    static final Instant T0 = Instant.parse("2026-11-25T04:15:00Z");
    static final Instant T1 = Instant.parse("2026-11-25T04:20:00Z");

    private MongoPaymentAnalyticsReadModel entries;
    private PaymentAnalyticsProjection projection;

    @BeforeEach
    void emptyStore() {
        entries = new MongoPaymentAnalyticsReadModel(mongo.template());
        projection = new PaymentAnalyticsProjection(entries);
    }

    static PaymentRecorded recorded(String id, PaymentMethod method, PaymentStatus status, long amount) {
        return new PaymentRecorded(SHOP, id, method, amount, null, 0, "customer-1", amount,
                method == PaymentMethod.UPI ? new UpiDetails(null, "meena@okaxis") : null, null, status, null, DAY,
                "cashier", T0);
    }

    private List<PaymentAnalyticsEntry> all() {
        return entries.between(SHOP, LocalDate.parse(DAY), LocalDate.parse(DAY));
    }

    /** Each event of the stream handled twice in a row, as a redelivery would. */
    private void twice(List<Object> events) {
        for (Object event : events) {
            handle(event);
            handle(event);
        }
    }

    private void handle(Object event) {
        if (event instanceof PaymentRecorded e) {
            projection.on(e);
        } else if (event instanceof PaymentSucceeded e) {
            projection.on(e);
        } else if (event instanceof PaymentFailed e) {
            projection.on(e);
        } else if (event instanceof PaymentRefunded e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException(event.toString());
        }
    }

    private static List<Object> stream() {
        return List.of(
                recorded("p1", PaymentMethod.UPI, PaymentStatus.PENDING, 300_00),
                new PaymentSucceeded(SHOP, "p1", "431234567890", "seen in the bank app", "owner", T1),
                new PaymentRefunded(SHOP, "p1", "r1", 100_00, 0, 100_00, 100_00, PaymentStatus.SUCCEEDED, "one pack",
                        "owner", T1),
                recorded("p2", PaymentMethod.UPI, PaymentStatus.PENDING, 50_00),
                new PaymentFailed(SHOP, "p2", "payer cancelled", "cashier", T1),
                recorded("p3", PaymentMethod.CASH, PaymentStatus.SUCCEEDED, 200_00),
                new PaymentRefunded(SHOP, "p3", "r2", 200_00, 0, 200_00, 200_00, PaymentStatus.REFUNDED, "all back",
                        "owner", T1),
                recorded("p4", PaymentMethod.CARD, PaymentStatus.PENDING, 75_00));
    }

    @Test
    void each_event_sets_its_payments_status_and_refunded_total() {
        twice(stream());

        assertThat(all()).containsExactly(
                new PaymentAnalyticsEntry(SHOP, "p1", DAY, PaymentMethod.UPI, PaymentStatus.SUCCEEDED, 300_00, 100_00),
                new PaymentAnalyticsEntry(SHOP, "p2", DAY, PaymentMethod.UPI, PaymentStatus.FAILED, 50_00, 0),
                new PaymentAnalyticsEntry(SHOP, "p3", DAY, PaymentMethod.CASH, PaymentStatus.REFUNDED, 200_00, 200_00),
                new PaymentAnalyticsEntry(SHOP, "p4", DAY, PaymentMethod.CARD, PaymentStatus.PENDING, 75_00, 0));
    }

    @Test
    void each_event_handled_twice_gives_the_same_entries_as_once_and_reset_clears_them() {
        for (Object event : stream()) {
            handle(event);
        }
        List<PaymentAnalyticsEntry> once = all();
        assertThat(once).hasSize(4);

        projection.reset();
        assertThat(all()).isEmpty();

        twice(stream());
        assertThat(all()).isEqualTo(once);
    }

    @Test
    void an_event_for_a_payment_the_projection_has_not_seen_adds_nothing() {
        projection.on(new PaymentSucceeded(SHOP, "unknown", null, null, "owner", T1));
        projection.on(new PaymentRefunded(SHOP, "unknown", "r1", 1_00, 0, 1_00, 1_00, PaymentStatus.SUCCEEDED, null,
                "owner", T1));

        assertThat(all()).isEmpty();
    }
}
