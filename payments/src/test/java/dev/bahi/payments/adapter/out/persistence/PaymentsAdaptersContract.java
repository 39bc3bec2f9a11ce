package dev.bahi.payments.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.RefundView;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the payments context's storage adapters must do on any MongoDB they run on: UTRs unique within a shop,
 * payments read back exactly and only within their shop, and lists filtered by date, method and status that page
 * without leaking or skipping.
 */
abstract class PaymentsAdaptersContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String P1 = "0193b1d0-0000-7000-8000-000000000001";
    static final String P2 = "0193b1d0-0000-7000-8000-000000000002";
    static final String P3 = "0193b1d0-0000-7000-8000-000000000003";
    static final String P4 = "0193b1d0-0000-7000-8000-000000000004";
    static final String UTR = "431234567890";
    static final Instant AT = Instant.parse("2026-11-25T04:15:00Z");

    private MongoUtrDirectory utrs;
    private MongoPaymentReadModel payments;

    /** The {@code bahi_payments} database of the store under test. */
    protected abstract MongoTemplate template();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = template();
        for (String collection : List.of(MongoUtrDirectory.COLLECTION, MongoPaymentReadModel.COLLECTION)) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        utrs = new MongoUtrDirectory(mongo);
        payments = new MongoPaymentReadModel(mongo);
    }

    static PaymentView payment(String tenantId, String id, PaymentMethod method, PaymentStatus status, String date) {
        return new PaymentView(id, tenantId, method, status, 300_00, 100_00, "sale-1", 200_00, "meena", 100_00,
                method == PaymentMethod.UPI ? new UpiDetails(UTR, "meena@okaxis") : null,
                method == PaymentMethod.CARD ? new CardDetails("4242", "A1B2") : null, "note", "why", date,
                "cashier", AT, AT, List.of(new RefundView("r1", 100_00, "returned", "owner", AT)));
    }

    private List<String> ids(ListPayments query) {
        return payments.list(query).payments().stream().map(PaymentView::paymentId).toList();
    }

    // ---------------------------------------------------------------- UTR directory

    @Test
    void a_claimed_utr_is_found_with_its_payment_and_only_in_its_shop() {
        assertThat(utrs.claim(SHOP, UTR, P1)).isTrue();

        assertThat(utrs.paymentOf(SHOP, UTR)).contains(P1);
        assertThat(utrs.paymentOf(OTHER_SHOP, UTR)).isEmpty();
    }

    @Test
    void a_utr_recorded_for_one_payment_is_refused_for_another() {
        utrs.claim(SHOP, UTR, P1);

        assertThatThrownBy(() -> utrs.claim(SHOP, UTR, P2)).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.code()).isEqualTo("UTR_ALREADY_RECORDED"));
        assertThat(utrs.claim(SHOP, UTR, P1)).as("the holder claiming again claims nothing new").isFalse();
    }

    @Test
    void another_shop_may_record_the_same_utr() {
        utrs.claim(SHOP, UTR, P1);

        assertThat(utrs.claim(OTHER_SHOP, UTR, P2)).isTrue();
    }

    @Test
    void a_released_utr_can_be_claimed_again_but_only_its_holder_releases_it() {
        utrs.claim(SHOP, UTR, P1);
        utrs.release(SHOP, UTR, P2);
        assertThat(utrs.paymentOf(SHOP, UTR)).contains(P1);

        utrs.release(SHOP, UTR, P1);
        assertThat(utrs.claim(SHOP, UTR, P2)).isTrue();
    }

    // ---------------------------------------------------------------- read model

    @Test
    void a_payment_reads_back_exactly_and_only_in_its_shop() {
        PaymentView saved = payment(SHOP, P1, PaymentMethod.UPI, PaymentStatus.SUCCEEDED, "2026-11-25");
        payments.save(saved);

        assertThat(payments.find(SHOP, P1)).contains(saved);
        assertThat(payments.find(OTHER_SHOP, P1)).isEmpty();
    }

    @Test
    void lists_filter_by_business_date_method_and_status_within_the_shop() {
        payments.save(payment(SHOP, P1, PaymentMethod.UPI, PaymentStatus.SUCCEEDED, "2026-11-24"));
        payments.save(payment(SHOP, P2, PaymentMethod.CASH, PaymentStatus.SUCCEEDED, "2026-11-25"));
        payments.save(payment(SHOP, P3, PaymentMethod.UPI, PaymentStatus.PENDING, "2026-11-26"));
        payments.save(payment(OTHER_SHOP, P4, PaymentMethod.UPI, PaymentStatus.SUCCEEDED, "2026-11-25"));

        assertThat(ids(new ListPayments(SHOP, null, null, null, null, null, null))).containsExactly(P1, P2, P3);
        assertThat(ids(new ListPayments(SHOP, LocalDate.parse("2026-11-25"), null, null, null, null, null)))
                .containsExactly(P2, P3);
        assertThat(ids(new ListPayments(SHOP, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"), null,
                null, null, null))).containsExactly(P1, P2);
        assertThat(ids(new ListPayments(SHOP, null, null, PaymentMethod.UPI, null, null, null))).containsExactly(P1, P3);
        assertThat(ids(new ListPayments(SHOP, null, null, PaymentMethod.UPI, PaymentStatus.PENDING, null, null)))
                .containsExactly(P3);
        assertThat(ids(new ListPayments(OTHER_SHOP, null, null, null, null, null, null))).containsExactly(P4);
    }

    @Test
    void pages_neither_skip_nor_repeat() {
        for (String id : List.of(P1, P2, P3)) {
            payments.save(payment(SHOP, id, PaymentMethod.CASH, PaymentStatus.SUCCEEDED, "2026-11-25"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            PaymentPage page = payments.list(new ListPayments(SHOP, null, null, null, null, 2, cursor));
            page.payments().forEach(p -> seen.add(p.paymentId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly(P1, P2, P3);
    }

    @Test
    void clearing_empties_the_read_model() {
        payments.save(payment(SHOP, P1, PaymentMethod.CASH, PaymentStatus.SUCCEEDED, "2026-11-25"));
        payments.clear();

        assertThat(payments.find(SHOP, P1)).isEmpty();
    }
}
