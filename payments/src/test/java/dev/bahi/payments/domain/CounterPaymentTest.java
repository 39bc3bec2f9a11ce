package dev.bahi.payments.domain;

import static dev.bahi.payments.domain.PaymentTest.NOW;
import static dev.bahi.payments.domain.PaymentTest.PAYMENT;
import static dev.bahi.payments.domain.PaymentTest.SALE;
import static dev.bahi.payments.domain.PaymentTest.TENANT;
import static dev.bahi.payments.domain.PaymentTest.TODAY;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.RecordCounterPayment;
import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parts of a counter sale paid in cash, UPI or card, recorded as payments of the sale. */
class CounterPaymentTest {
    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void a_upi_part_taken_at_the_counter_succeeds_without_a_utr_and_is_all_on_the_sale() {
        fixture.givenNoPriorActivity()
                .when(new RecordCounterPayment(PAYMENT, TENANT, SALE, PaymentMethod.UPI, 200_00, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PaymentRecorded(TENANT, PAYMENT, PaymentMethod.UPI, 200_00, SALE, 200_00, null, 0,
                        null, null, PaymentStatus.SUCCEEDED, "paid at the counter", TODAY, Payment.COUNTER, NOW));
    }

    @Test
    void a_cash_part_is_recorded_the_same_way() {
        fixture.givenNoPriorActivity()
                .when(new RecordCounterPayment(PAYMENT, TENANT, SALE, PaymentMethod.CASH, 100_00, TODAY))
                .expectEvents(new PaymentRecorded(TENANT, PAYMENT, PaymentMethod.CASH, 100_00, SALE, 100_00, null, 0,
                        null, null, PaymentStatus.SUCCEEDED, "paid at the counter", TODAY, Payment.COUNTER, NOW));
    }

    @Test
    void a_counter_part_is_more_than_zero_and_not_a_bank_transfer() {
        fixture.givenNoPriorActivity()
                .when(new RecordCounterPayment(PAYMENT, TENANT, SALE, PaymentMethod.CASH, 0, TODAY))
                .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
        fixture.givenNoPriorActivity()
                .when(new RecordCounterPayment(PAYMENT, TENANT, SALE, PaymentMethod.BANK_TRANSFER, 100_00, TODAY))
                .expectException(violation("METHOD_INVALID", "method"));
    }
}
