package dev.bahi.payments.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.ChangePaymentStatus;
import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.RecordPayment;
import dev.bahi.payments.api.RefundPayment;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b08";
    static final String PAYMENT = "0193a5c3-0000-7000-8000-0000000000aa";
    static final String SALE = "0193a5c3-0000-7000-8000-000000000001";
    static final String MEENA = "0193a5c3-0000-7000-8000-000000000002";
    static final String CASHIER = "0193a5c3-0000-7000-8000-000000000003";
    static final String UTR = "431234567890";
    static final String TODAY = "2026-11-25";
    static final Instant NOW = Instant.parse("2026-11-25T04:15:00Z");

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** ₹300.00 by UPI against a sale, ₹200.00 of it on the sale and ₹100.00 on Meena's khata. */
    static RecordPayment upi(String utr, PaymentStatus status) {
        return new RecordPayment(PAYMENT, TENANT, PaymentMethod.UPI, 300_00, SALE, 200_00, MEENA, 100_00,
                new UpiDetails(utr, "meena@okaxis"), null, status, "paid by QR", TODAY, CASHIER);
    }

    static PaymentRecorded recorded(String utr, PaymentStatus status) {
        return new PaymentRecorded(TENANT, PAYMENT, PaymentMethod.UPI, 300_00, SALE, 200_00, MEENA, 100_00,
                new UpiDetails(utr, "meena@okaxis"), null, status, "paid by QR", TODAY, CASHIER, NOW);
    }

    static RecordPayment cash(long amount, long saleAmount, long udhaarAmount) {
        return new RecordPayment(PAYMENT, TENANT, PaymentMethod.CASH, amount, SALE, saleAmount, MEENA, udhaarAmount,
                null, null, PaymentStatus.SUCCEEDED, null, TODAY, CASHIER);
    }

    static ChangePaymentStatus change(PaymentStatus to, String utr) {
        return new ChangePaymentStatus(PAYMENT, TENANT, to, utr, "seen in the bank app", CASHIER);
    }

    static RefundPayment refund(String refundId, long amount) {
        return new RefundPayment(PAYMENT, TENANT, refundId, amount, "goods returned", CASHIER);
    }

    @Nested
    class Recording {
        @Test
        void a_upi_payment_with_its_utr_is_recorded_as_succeeded_with_who_and_when() {
            fixture.givenNoPriorActivity()
                    .when(upi(UTR, PaymentStatus.SUCCEEDED))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(recorded(UTR, PaymentStatus.SUCCEEDED));
        }

        @Test
        void a_pending_upi_payment_needs_no_utr_yet() {
            fixture.givenNoPriorActivity()
                    .when(upi(null, PaymentStatus.PENDING))
                    .expectEvents(new PaymentRecorded(TENANT, PAYMENT, PaymentMethod.UPI, 300_00, SALE, 200_00, MEENA,
                            100_00, new UpiDetails(null, "meena@okaxis"), null, PaymentStatus.PENDING, "paid by QR",
                            TODAY, CASHIER, NOW));
        }

        @Test
        void a_succeeded_upi_payment_without_its_utr_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(upi(null, PaymentStatus.SUCCEEDED))
                    .expectException(violation("UTR_REQUIRED", "upi.utr"))
                    .expectNoEvents();
        }

        @Test
        void a_utr_is_twelve_digits() {
            for (String bad : new String[] {"43123456789", "4312345678901", "43123456789A", "UTR431234567"}) {
                fixture.givenNoPriorActivity()
                        .when(upi(bad, PaymentStatus.SUCCEEDED))
                        .expectException(violation("UTR_INVALID", "upi.utr"));
            }
        }

        @Test
        void the_payer_vpa_is_a_upi_id() {
            RecordPayment bad = new RecordPayment(PAYMENT, TENANT, PaymentMethod.UPI, 300_00, SALE, 300_00, null, 0,
                    new UpiDetails(UTR, "not a vpa"), null, PaymentStatus.SUCCEEDED, null, TODAY, CASHIER);
            fixture.givenNoPriorActivity().when(bad).expectException(violation("UPI_ID_INVALID", "upi.payerVpa"));
        }

        @Test
        void a_card_is_named_by_its_last_four_digits() {
            RecordPayment bad = new RecordPayment(PAYMENT, TENANT, PaymentMethod.CARD, 300_00, SALE, 300_00, null, 0,
                    null, new CardDetails("42x2", "A1B2"), PaymentStatus.SUCCEEDED, null, TODAY, CASHIER);
            fixture.givenNoPriorActivity().when(bad).expectException(violation("CARD_LAST4_INVALID", "card.last4"));
        }

        @Test
        void upi_details_on_a_cash_payment_are_refused() {
            RecordPayment bad = new RecordPayment(PAYMENT, TENANT, PaymentMethod.CASH, 300_00, SALE, 300_00, null, 0,
                    new UpiDetails(UTR, null), null, PaymentStatus.SUCCEEDED, null, TODAY, CASHIER);
            fixture.givenNoPriorActivity().when(bad).expectException(violation("UPI_DETAILS_NOT_ALLOWED", "upi"));
        }

        @Test
        void an_amount_is_more_than_zero() {
            fixture.givenNoPriorActivity().when(cash(0, 0, 0)).expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
        }

        @Test
        void what_it_pays_on_the_sale_and_the_khata_adds_up_to_the_amount() {
            fixture.givenNoPriorActivity().when(cash(300_00, 200_00, 50_00))
                    .expectException(violation("ALLOCATION_MISMATCH", "amount"));
        }

        @Test
        void a_new_payment_is_pending_or_succeeded() {
            RecordPayment failed = new RecordPayment(PAYMENT, TENANT, PaymentMethod.CASH, 300_00, SALE, 300_00, null,
                    0, null, null, PaymentStatus.FAILED, null, TODAY, CASHIER);
            fixture.givenNoPriorActivity().when(failed).expectException(violation("STATUS_INVALID", "status"));
        }
    }

    @Nested
    class LifeCycle {
        @Test
        void a_pending_payment_succeeds_with_its_utr_and_answers_what_to_apply() {
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.SUCCEEDED, UTR))
                    .expectEvents(new PaymentSucceeded(TENANT, PAYMENT, UTR, "seen in the bank app", CASHIER, NOW))
                    .expectResultMessagePayload(new PaymentShares(PAYMENT, SALE, 200_00, MEENA, 100_00, "UPI", UTR));
        }

        @Test
        void a_pending_upi_payment_cannot_succeed_without_a_utr() {
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.SUCCEEDED, null))
                    .expectException(violation("UTR_REQUIRED", "utr"))
                    .expectNoEvents();
        }

        @Test
        void a_pending_payment_recorded_with_its_utr_succeeds_without_repeating_it() {
            fixture.given(recorded(UTR, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.SUCCEEDED, null))
                    .expectEvents(new PaymentSucceeded(TENANT, PAYMENT, UTR, "seen in the bank app", CASHIER, NOW));
        }

        @Test
        void a_pending_payment_fails_and_applies_nothing() {
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.FAILED, null))
                    .expectEvents(new PaymentFailed(TENANT, PAYMENT, "seen in the bank app", CASHIER, NOW))
                    .expectResultMessagePayload(PaymentShares.none(PAYMENT));
        }

        @Test
        void a_succeeded_payment_cannot_fail_or_succeed_again() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(change(PaymentStatus.FAILED, null))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(change(PaymentStatus.SUCCEEDED, null))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
        }

        @Test
        void a_failed_payment_stays_failed() {
            fixture.given(recorded(null, PaymentStatus.PENDING),
                            new PaymentFailed(TENANT, PAYMENT, "declined", CASHIER, NOW))
                    .when(change(PaymentStatus.SUCCEEDED, UTR))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"))
                    .expectNoEvents();
        }

        @Test
        void pending_to_pending_and_a_change_to_refunded_are_illegal() {
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.PENDING, null))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(change(PaymentStatus.REFUNDED, null))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
        }

        @Test
        void a_payment_recorded_with_one_utr_cannot_succeed_with_another() {
            fixture.given(recorded(UTR, PaymentStatus.PENDING))
                    .when(change(PaymentStatus.SUCCEEDED, "999999999999"))
                    .expectException(withCode(StateConflict.class, "UTR_ALREADY_SET"));
        }
    }

    @Nested
    class Refunds {
        @Test
        void a_partial_refund_comes_off_the_sale_first_and_leaves_the_payment_succeeded() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(refund("r1", 150_00))
                    .expectEvents(new PaymentRefunded(TENANT, PAYMENT, "r1", 150_00, 150_00, 0, 150_00,
                            PaymentStatus.SUCCEEDED, "goods returned", CASHIER, NOW))
                    .expectResultMessagePayload(new PaymentShares(PAYMENT, SALE, 150_00, MEENA, 0, "UPI", UTR));
        }

        @Test
        void refunds_up_to_the_amount_make_it_refunded_the_rest_coming_off_the_khata() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED),
                            new PaymentRefunded(TENANT, PAYMENT, "r1", 150_00, 150_00, 0, 150_00,
                                    PaymentStatus.SUCCEEDED, null, CASHIER, NOW))
                    .when(refund("r2", 150_00))
                    .expectEvents(new PaymentRefunded(TENANT, PAYMENT, "r2", 150_00, 50_00, 100_00, 300_00,
                            PaymentStatus.REFUNDED, "goods returned", CASHIER, NOW));
        }

        @Test
        void a_refund_beyond_what_is_left_is_refused() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED),
                            new PaymentRefunded(TENANT, PAYMENT, "r1", 200_00, 200_00, 0, 200_00,
                                    PaymentStatus.SUCCEEDED, null, CASHIER, NOW))
                    .when(refund("r2", 100_01))
                    .expectException(violation("REFUND_EXCEEDS_PAYMENT", "amount"))
                    .expectNoEvents();
        }

        @Test
        void a_refunded_or_pending_payment_cannot_be_refunded() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED),
                            new PaymentRefunded(TENANT, PAYMENT, "r1", 300_00, 200_00, 100_00, 300_00,
                                    PaymentStatus.REFUNDED, null, CASHIER, NOW))
                    .when(refund("r2", 1))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(refund("r1", 100_00))
                    .expectException(withCode(StateConflict.class, "ILLEGAL_TRANSITION"));
        }

        @Test
        void the_same_refund_again_changes_nothing() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED),
                            new PaymentRefunded(TENANT, PAYMENT, "r1", 100_00, 100_00, 0, 100_00,
                                    PaymentStatus.SUCCEEDED, null, CASHIER, NOW))
                    .when(refund("r1", 100_00))
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentShares.none(PAYMENT));
        }

        @Test
        void a_refund_is_more_than_zero() {
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(refund("r1", 0))
                    .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
        }
    }

    @Nested
    class Tenancy {
        @Test
        void another_shop_sees_no_such_payment() {
            fixture.given(recorded(null, PaymentStatus.PENDING))
                    .when(new ChangePaymentStatus(PAYMENT, OTHER_TENANT, PaymentStatus.SUCCEEDED, UTR, null, CASHIER))
                    .expectException(withCode(NotFound.class, "PAYMENT_NOT_FOUND"));
            fixture.given(recorded(UTR, PaymentStatus.SUCCEEDED))
                    .when(new RefundPayment(PAYMENT, OTHER_TENANT, "r1", 100_00, null, CASHIER))
                    .expectException(withCode(NotFound.class, "PAYMENT_NOT_FOUND"))
                    .expectNoEvents();
        }
    }
}
