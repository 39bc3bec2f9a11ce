package dev.bahi.payments.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;

import dev.bahi.payments.api.OpenUpiRequest;
import dev.bahi.payments.api.UpiRequestOpened;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpiRequestTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String REQUEST = "0193a5c3-0000-7000-8000-8f3a2c9d1e0b";
    static final String SALE = "0193a5c3-0000-7000-8000-000000000001";
    static final String MEENA = "0193a5c3-0000-7000-8000-000000000002";
    static final String CASHIER = "0193a5c3-0000-7000-8000-000000000003";
    static final String REFERENCE = "BAHI8F3A2C9D1E0B";
    static final Instant NOW = Instant.parse("2026-11-25T04:15:00Z");

    private FixtureConfiguration<UpiRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UpiRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static OpenUpiRequest forSale(long amount, String reference, String note) {
        return new OpenUpiRequest(REQUEST, TENANT, reference, amount, SALE, null, "shop@okicici", " Sharma Kirana ",
                note, CASHIER);
    }

    @Test
    void a_request_for_a_sale_is_opened_with_its_upi_link() {
        fixture.givenNoPriorActivity()
                .when(forSale(570_00, REFERENCE, "Bill payment " + REFERENCE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UpiRequestOpened(TENANT, REQUEST, REFERENCE, 570_00, SALE, null, "shop@okicici",
                        "Sharma Kirana", "Bill payment " + REFERENCE,
                        "upi://pay?pa=shop@okicici&pn=Sharma%20Kirana&am=570.00&cu=INR&tr=" + REFERENCE
                                + "&tn=Bill%20payment%20" + REFERENCE, CASHIER, NOW));
    }

    @Test
    void a_request_for_a_khata_keeps_its_note_to_fifty_characters() {
        String longNote = "Khata payment by " + "Meena Kulkarni ".repeat(5);
        String note = longNote.substring(0, 50);
        fixture.givenNoPriorActivity()
                .when(new OpenUpiRequest(REQUEST, TENANT, REFERENCE, 250_50, null, MEENA, "shop@okicici",
                        "Sharma Kirana", longNote, CASHIER))
                .expectEvents(new UpiRequestOpened(TENANT, REQUEST, REFERENCE, 250_50, null, MEENA, "shop@okicici",
                        "Sharma Kirana", note, "upi://pay?pa=shop@okicici&pn=Sharma%20Kirana&am=250.50&cu=INR&tr="
                        + REFERENCE + "&tn=" + note.replace(" ", "%20"), CASHIER, NOW));
    }

    @Test
    void a_request_is_for_a_sale_or_a_khata_but_not_both() {
        fixture.givenNoPriorActivity()
                .when(new OpenUpiRequest(REQUEST, TENANT, REFERENCE, 100_00, SALE, MEENA, "shop@okicici", "Sharma",
                        null, CASHIER))
                .expectException(violation("SALE_AND_CUSTOMER_GIVEN", "customerId"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenUpiRequest(REQUEST, TENANT, REFERENCE, 100_00, null, " ", "shop@okicici", "Sharma",
                        null, CASHIER))
                .expectException(violation("SALE_OR_CUSTOMER_REQUIRED", "saleId"))
                .expectNoEvents();
    }

    @Test
    void the_amount_is_more_than_zero() {
        fixture.givenNoPriorActivity()
                .when(forSale(0, REFERENCE, null))
                .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(forSale(-1, REFERENCE, null))
                .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
    }

    @Test
    void the_reference_is_letters_and_digits_only() {
        for (String bad : new String[] {"BAHI-8F3A", "BAHI 8F3A", "", "B".repeat(36)}) {
            fixture.givenNoPriorActivity()
                    .when(forSale(100_00, bad, null))
                    .expectException(violation("REFERENCE_INVALID", "reference"))
                    .expectNoEvents();
        }
    }

    @Test
    void the_payee_is_a_upi_id() {
        fixture.givenNoPriorActivity()
                .when(new OpenUpiRequest(REQUEST, TENANT, REFERENCE, 100_00, SALE, null, "not a vpa", "Sharma", null,
                        CASHIER))
                .expectException(violation("UPI_ID_INVALID", null))
                .expectNoEvents();
    }
}
