package dev.bahi.payments.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.payments.application.port.out.PaymentReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The projection as plain objects over an in-memory read model: absolute values make replays harmless. */
class PaymentProjectionTest {
    static final String SHOP = "shop-1";
    static final String PAYMENT = "payment-1";
    static final Instant T0 = Instant.parse("2026-11-25T04:15:00Z");
    static final Instant T1 = Instant.parse("2026-11-25T04:20:00Z");

    static final class InMemoryPayments implements PaymentReadModel {
        final Map<String, PaymentView> byId = new LinkedHashMap<>();

        @Override
        public void save(PaymentView payment) {
            byId.put(payment.tenantId() + ":" + payment.paymentId(), payment);
        }

        @Override
        public Optional<PaymentView> find(String tenantId, String paymentId) {
            return Optional.ofNullable(byId.get(tenantId + ":" + paymentId));
        }

        @Override
        public PaymentPage list(ListPayments query) {
            return new PaymentPage(new ArrayList<>(byId.values()), null);
        }

        @Override
        public void clear() {
            byId.clear();
        }
    }

    private final InMemoryPayments payments = new InMemoryPayments();
    private final PaymentProjection projection = new PaymentProjection(payments);

    static PaymentRecorded pending() {
        return new PaymentRecorded(SHOP, PAYMENT, PaymentMethod.UPI, 300_00, "sale-1", 300_00, null, 0,
                new UpiDetails(null, "meena@okaxis"), null, PaymentStatus.PENDING, null, "2026-11-25", "cashier", T0);
    }

    @Test
    void a_confirmed_payment_shows_its_utr_and_who_confirmed_it_when() {
        projection.on(pending());
        projection.on(new PaymentSucceeded(SHOP, PAYMENT, "431234567890", "seen in the bank app", "owner", T1));

        PaymentView view = payments.find(SHOP, PAYMENT).orElseThrow();
        assertThat(view.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(view.upi()).isEqualTo(new UpiDetails("431234567890", "meena@okaxis"));
        assertThat(view.statusReason()).isEqualTo("seen in the bank app");
        assertThat(view.updatedAt()).isEqualTo(T1);
    }

    @Test
    void a_failed_payment_is_failed() {
        projection.on(pending());
        projection.on(new PaymentFailed(SHOP, PAYMENT, "payer cancelled", "cashier", T1));

        assertThat(payments.find(SHOP, PAYMENT).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void refunds_handled_twice_or_replayed_give_the_same_payment() {
        PaymentSucceeded succeeded = new PaymentSucceeded(SHOP, PAYMENT, "431234567890", null, "owner", T1);
        PaymentRefunded first = new PaymentRefunded(SHOP, PAYMENT, "r1", 100_00, 100_00, 0, 100_00,
                PaymentStatus.SUCCEEDED, "one pack", "owner", T1);
        PaymentRefunded rest = new PaymentRefunded(SHOP, PAYMENT, "r2", 200_00, 200_00, 0, 300_00,
                PaymentStatus.REFUNDED, "all", "owner", T1);
        projection.on(pending());
        projection.on(succeeded);
        projection.on(first);
        projection.on(first);
        projection.on(rest);
        PaymentView once = payments.find(SHOP, PAYMENT).orElseThrow();

        projection.reset();
        assertThat(payments.byId).isEmpty();
        projection.on(pending());
        projection.on(succeeded);
        projection.on(first);
        projection.on(rest);
        projection.on(rest);

        PaymentView replayed = payments.find(SHOP, PAYMENT).orElseThrow();
        assertThat(replayed).isEqualTo(once);
        assertThat(replayed.refunded()).isEqualTo(300_00);
        assertThat(replayed.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(replayed.refunds()).hasSize(2);
    }
}
