package dev.bahi.sales.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CancelSale;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PaymentPart;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.SupplyType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaleTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String SALE = "0193a5c4-0000-7000-8000-000000000001";
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    static final Seller PUNE_KIRANA = new Seller("Sharma Kirana Store", "Sharma Traders", "REGULAR", "27AAPFU0939F1ZV",
            "27", List.of("12 MG Road", "Pune 411001"), "+919812345678", null, "sharmakirana@okicici");
    static final Seller BENGALURU_PHARMACY = new Seller("Patil Medical and General", "Patil Healthcare LLP",
            "COMPOSITION", "29AAGCB7383J1Z4", "29", List.of("Jayanagar"), null, null, null);

    private FixtureConfiguration<Sale> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sale.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static PricedLine atta(String quantity) {
        return new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS", new BigDecimal(quantity),
                28500, 0, true, new BigDecimal("5"), null);
    }

    static RecordSale sale(Seller seller, Buyer buyer, String pos, PaymentMode mode, List<PaymentPart> parts,
                           PricedLine... lines) {
        return new RecordSale(SALE, TENANT, seller, buyer, pos, List.of(lines), mode, parts, null, "2026-11-24");
    }

    @Test
    void a_counter_sale_is_an_intra_state_tax_invoice_taxed_per_line() {
        RecordSale command = sale(PUNE_KIRANA, null, null, PaymentMode.CASH, null, atta("2"));
        SaleRecorded expected = Sale.price(command, Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(expected);
        org.assertj.core.api.Assertions.assertThat(expected.documentType()).isEqualTo(DocumentType.TAX_INVOICE);
        org.assertj.core.api.Assertions.assertThat(expected.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
        org.assertj.core.api.Assertions.assertThat(expected.placeOfSupply()).isEqualTo("27");
        org.assertj.core.api.Assertions.assertThat(expected.totals().cgst()).isEqualTo(1357);
        org.assertj.core.api.Assertions.assertThat(expected.payment()).isEqualTo(
                new Payment(PaymentMode.CASH, List.of(new PaymentPart(PaymentMode.CASH, 57000)), 57000, 0));
    }

    @Test
    void a_registered_buyer_in_another_state_makes_it_inter_state_igst() {
        SaleRecorded priced = Sale.price(sale(PUNE_KIRANA, new Buyer(null, "Patil Healthcare LLP", null,
                "29AAGCB7383J1Z4", null, "Jayanagar, Bengaluru"), null, PaymentMode.UPI, null, atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        org.assertj.core.api.Assertions.assertThat(priced.placeOfSupply()).isEqualTo("29");
        org.assertj.core.api.Assertions.assertThat(priced.supplyType()).isEqualTo(SupplyType.INTER_STATE);
        org.assertj.core.api.Assertions.assertThat(priced.totals().igst()).isEqualTo(2714);
        org.assertj.core.api.Assertions.assertThat(priced.totals().cgst()).isZero();
    }

    @Test
    void an_explicit_place_of_supply_wins_over_the_buyers_state() {
        SaleRecorded priced = Sale.price(sale(PUNE_KIRANA, new Buyer(null, "Patil Healthcare LLP", null,
                "29AAGCB7383J1Z4", null, null), "27", PaymentMode.CASH, null, atta("1")), Clock.fixed(NOW, ZoneOffset.UTC));
        org.assertj.core.api.Assertions.assertThat(priced.supplyType()).isEqualTo(SupplyType.INTRA_STATE);
    }

    @Test
    void a_composition_shop_issues_a_bill_of_supply_without_tax() {
        SaleRecorded priced = Sale.price(sale(BENGALURU_PHARMACY, null, null, PaymentMode.CASH, null, atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        org.assertj.core.api.Assertions.assertThat(priced.documentType()).isEqualTo(DocumentType.BILL_OF_SUPPLY);
        org.assertj.core.api.Assertions.assertThat(priced.totals().cgst() + priced.totals().sgst()
                + priced.totals().igst()).isZero();
        org.assertj.core.api.Assertions.assertThat(priced.totals().grandTotal()).isEqualTo(57000);
    }

    @Test
    void a_composition_shop_may_not_supply_to_another_state() {
        fixture.givenNoPriorActivity()
                .when(sale(BENGALURU_PHARMACY, null, "27", PaymentMode.CASH, null, atta("1")))
                .expectException(violation("INTER_STATE_NOT_ALLOWED", "placeOfSupply"))
                .expectNoEvents();
    }

    @Test
    void a_buyer_gstin_with_a_wrong_check_character_is_refused() {
        fixture.givenNoPriorActivity()
                .when(sale(PUNE_KIRANA, new Buyer(null, "X", null, "29AAGCB7383J1Z5", null, null), null,
                        PaymentMode.CASH, null, atta("1")))
                .expectException(violation("GSTIN_INVALID", "customer.gstin"))
                .expectNoEvents();
    }

    @Test
    void a_big_sale_to_an_unregistered_buyer_needs_name_and_address() {
        PricedLine fridge = new PricedLine("item-fridge", "FRIDGE", "Refrigerator", "8418", "PCS", "PCS",
                BigDecimal.ONE, 5_900_000, 0, true, new BigDecimal("18"), null);
        fixture.givenNoPriorActivity()
                .when(sale(PUNE_KIRANA, null, null, PaymentMode.CASH, null, fridge))
                .expectException(violation("BUYER_DETAILS_REQUIRED", "customer"))
                .expectNoEvents();
    }

    @Test
    void credit_needs_a_customer_khata_to_owe_it() {
        fixture.givenNoPriorActivity()
                .when(sale(PUNE_KIRANA, null, null, PaymentMode.CREDIT, null, atta("1")))
                .expectException(violation("CUSTOMER_REQUIRED", "customer.customerId"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(sale(PUNE_KIRANA, new Buyer(null, "Meena Patil", "+919822012345", null, null, null), null,
                        PaymentMode.CREDIT, null, atta("1")))
                .expectException(violation("CUSTOMER_REQUIRED", "customer.customerId"))
                .expectNoEvents();
    }

    @Test
    void a_split_payment_leaves_its_credit_part_due() {
        SaleRecorded priced = Sale.price(sale(PUNE_KIRANA, new Buyer("customer-meena", "Meena Patil", "+919822012345",
                        null, null, null), null, PaymentMode.SPLIT, List.of(new PaymentPart(PaymentMode.UPI, 40000),
                        new PaymentPart(PaymentMode.CREDIT, 17000)), atta("2")), Clock.fixed(NOW, ZoneOffset.UTC));
        org.assertj.core.api.Assertions.assertThat(priced.payment().paid()).isEqualTo(40000);
        org.assertj.core.api.Assertions.assertThat(priced.payment().due()).isEqualTo(17000);
    }

    @Test
    void split_parts_must_add_up_to_the_bill() {
        fixture.givenNoPriorActivity()
                .when(sale(PUNE_KIRANA, null, null, PaymentMode.SPLIT, List.of(new PaymentPart(PaymentMode.UPI, 40000),
                        new PaymentPart(PaymentMode.CASH, 10000)), atta("2")))
                .expectException(violation("PAYMENT_PARTS_MISMATCH", "payment.parts"))
                .expectNoEvents();
    }

    @Test
    void a_sale_is_cancelled_once_and_only_by_its_shop() {
        SaleRecorded recorded = Sale.price(sale(PUNE_KIRANA, null, null, PaymentMode.CASH, null, atta("1")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.given(recorded)
                .when(new CancelSale(SALE, TENANT, " wrong item "))
                .expectEvents(new SaleCancelled(TENANT, SALE, "wrong item", NOW));
        fixture.given(recorded, new SaleCancelled(TENANT, SALE, "wrong item", NOW))
                .when(new CancelSale(SALE, TENANT, "again"))
                .expectException(withCode(StateConflict.class, "SALE_ALREADY_CANCELLED"));
        fixture.given(recorded)
                .when(new CancelSale(SALE, "another-shop", "mine now"))
                .expectException(withCode(NotFound.class, "SALE_NOT_FOUND"))
                .expectNoEvents();
        fixture.given(recorded)
                .when(new CancelSale(SALE, TENANT, " "))
                .expectException(violation("REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    /** Hands out numbers 1, 2, 3 in any series. */
    static final class Numbers implements DocumentNumbers {
        private int next = 1;

        @Override
        public String next(String tenantId, dev.bahi.sales.api.DocumentSeries series, String financialYear,
                           String prefix, String documentId) {
            return prefix + "/25-26/" + String.format("%06d", next++);
        }
    }

    @Test
    void returns_against_a_credit_sale_go_back_to_the_khata_up_to_what_is_still_due() {
        fixture.registerInjectableResource(new Numbers());
        Buyer meena = new Buyer("customer-meena", "Meena Patil", "+919822012345", null, null, null);
        // 2 packs at 285.00: 400.00 by UPI, 170.00 on udhaar.
        SaleRecorded recorded = Sale.price(sale(PUNE_KIRANA, meena, null, PaymentMode.SPLIT,
                List.of(new PaymentPart(PaymentMode.UPI, 40000), new PaymentPart(PaymentMode.CREDIT, 17000)), atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        var invoiced = new dev.bahi.sales.api.GstInvoiceIssued(TENANT, SALE, new dev.bahi.sales.api.GstInvoice(
                "INV/25-26/000001", "2026-11-24", DocumentType.TAX_INVOICE, "2026-27"), NOW);
        fixture.given(recorded, invoiced)
                .when(new dev.bahi.sales.api.ReturnSaleLines(SALE, TENANT, "return-1",
                        List.of(new dev.bahi.sales.api.ReturnedLine("item-atta", BigDecimal.ONE)),
                        dev.bahi.sales.api.ReturnReason.CHANGED_MIND, null, "2026-11-25"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.matches(note ->
                        ((dev.bahi.sales.api.CreditNote) note).udhaarCredit() == 17000
                                && "customer-meena".equals(((dev.bahi.sales.api.CreditNote) note).customerId())));
    }

    @Test
    void returns_against_a_sale_paid_in_full_credit_no_khata() {
        fixture.registerInjectableResource(new Numbers());
        SaleRecorded recorded = Sale.price(sale(PUNE_KIRANA, null, null, PaymentMode.CASH, null, atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        var invoiced = new dev.bahi.sales.api.GstInvoiceIssued(TENANT, SALE, new dev.bahi.sales.api.GstInvoice(
                "INV/25-26/000001", "2026-11-24", DocumentType.TAX_INVOICE, "2026-27"), NOW);
        fixture.given(recorded, invoiced)
                .when(new dev.bahi.sales.api.ReturnSaleLines(SALE, TENANT, "return-1",
                        List.of(new dev.bahi.sales.api.ReturnedLine("item-atta", BigDecimal.ONE)),
                        dev.bahi.sales.api.ReturnReason.CHANGED_MIND, null, "2026-11-25"))
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.matches(note ->
                        ((dev.bahi.sales.api.CreditNote) note).udhaarCredit() == 0
                                && ((dev.bahi.sales.api.CreditNote) note).customerId() == null));
    }

    @Test
    void a_payment_reduces_what_a_credit_sale_owes_once_and_never_below_zero() {
        Buyer meena = new Buyer("customer-meena", "Meena Patil", "+919822012345", null, null, null);
        SaleRecorded recorded = Sale.price(sale(PUNE_KIRANA, meena, null, PaymentMode.CREDIT, null, atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        var settled = new dev.bahi.sales.api.SaleSettled(TENANT, SALE, "payment-1", 30000, 30000, 27000, NOW);
        fixture.given(recorded)
                .when(new dev.bahi.sales.api.SettleSale(SALE, TENANT, "payment-1", 30000))
                .expectEvents(settled);
        fixture.given(recorded, settled)
                .when(new dev.bahi.sales.api.SettleSale(SALE, TENANT, "payment-1", 30000))
                .expectNoEvents();
        fixture.given(recorded, settled)
                .when(new dev.bahi.sales.api.SettleSale(SALE, TENANT, "payment-2", 27001))
                .expectException(violation("PAYMENT_EXCEEDS_DUE", "amount"))
                .expectNoEvents();
        fixture.given(recorded, settled)
                .when(new dev.bahi.sales.api.UnsettleSale(SALE, TENANT, "refund-1", 10000))
                .expectEvents(new dev.bahi.sales.api.SaleSettled(TENANT, SALE, "refund-1", -10000, 20000, 37000, NOW));
    }

    @Test
    void a_sale_paid_in_full_takes_no_further_payment() {
        SaleRecorded recorded = Sale.price(sale(PUNE_KIRANA, null, null, PaymentMode.CASH, null, atta("2")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.given(recorded)
                .when(new dev.bahi.sales.api.SettleSale(SALE, TENANT, "payment-1", 100))
                .expectException(violation("PAYMENT_EXCEEDS_DUE", "amount"))
                .expectNoEvents();
    }
}
