package dev.bahi.sales.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.CancelSale;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentSeries;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.IssueGstInvoice;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.ReturnSaleLines;
import dev.bahi.sales.api.ReturnedLine;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.TaxedLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A recorded sale gets its GST document, then credit notes for what comes back; numbers come from the series. */
class SaleInvoicingTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String SALE = "0193a5c4-0000-7000-8000-000000000001";
    static final Instant RECORDED_AT = Instant.parse("2026-03-31T06:30:00Z");
    static final Instant NOW = Instant.parse("2026-04-02T10:15:00Z");
    static final Clock RECORDING_CLOCK = Clock.fixed(RECORDED_AT, ZoneOffset.UTC);
    static final Seller PUNE_KIRANA = new Seller("Sharma Kirana Store", "Sharma Traders", "REGULAR", "27AAPFU0939F1ZV",
            "27", List.of("12 MG Road", "Pune 411001"), "+919812345678", null, "sharmakirana@okicici");
    static final Seller BENGALURU_PHARMACY = new Seller("Patil Medical and General", "Patil Healthcare LLP",
            "COMPOSITION", "29AAGCB7383J1Z4", "29", List.of("Jayanagar"), null, null, null);

    /** Hands out numbers as the series would, per series and financial year, and remembers every request. */
    static final class RecordingNumbers implements DocumentNumbers {
        record Call(String tenantId, DocumentSeries series, String financialYear, String prefix, String documentId) {
        }

        final List<Call> calls = new ArrayList<>();
        private final Map<String, Long> last = new HashMap<>();

        @Override
        public String next(String tenantId, DocumentSeries series, String financialYear, String prefix,
                           String documentId) {
            calls.add(new Call(tenantId, series, financialYear, prefix, documentId));
            long sequence = last.merge(tenantId + series + financialYear, 1L, Long::sum);
            return DocumentSeriesRecord.format(prefix, financialYear, sequence);
        }
    }

    private FixtureConfiguration<Sale> fixture;
    private RecordingNumbers numbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sale.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        numbers = new RecordingNumbers();
        fixture.registerInjectableResource(numbers);
    }

    // ---------------------------------------------------------------- fixtures

    static PricedLine atta(String quantity) {
        return new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS",
                new BigDecimal(quantity), 28500, 0, true, new BigDecimal("5"), null);
    }

    static SaleRecorded recorded(Seller seller, PricedLine... lines) {
        return Sale.price(new RecordSale(SALE, TENANT, seller, null, null, List.of(lines), PaymentMode.CASH, null, null,
                "2026-03-31"), RECORDING_CLOCK);
    }

    static SaleRecorded twoPacks() {
        return recorded(PUNE_KIRANA, atta("2"));
    }

    static final GstInvoice INVOICE = new GstInvoice("INV/25-26/000001", "2026-03-31", DocumentType.TAX_INVOICE,
            "2025-26");

    static GstInvoiceIssued issued() {
        return new GstInvoiceIssued(TENANT, SALE, INVOICE, RECORDED_AT);
    }

    static ReturnSaleLines giveBack(String returnId, ReturnReason reason, String... itemQuantities) {
        List<ReturnedLine> lines = new ArrayList<>();
        for (int i = 0; i < itemQuantities.length; i += 2) {
            lines.add(new ReturnedLine(itemQuantities[i], new BigDecimal(itemQuantities[i + 1])));
        }
        return new ReturnSaleLines(SALE, TENANT, returnId, lines, reason, "  came back  ", "2026-04-02");
    }

    /** The returned pack of atta: taxable 271.43, CGST 6.78, SGST 6.79 (see ReturnPolicyTest). */
    static TaxedLine onePackBack(SaleRecorded sale) {
        TaxedLine l = sale.lines().get(0);
        return new TaxedLine(1, l.itemId(), l.sku(), l.name(), l.hsn(), l.unit(), l.uqc(), new BigDecimal("1"),
                28500, 0, true, l.gstRate(), l.cessRate(), 28500, 27143, 678, 679, 0, 0, 28500);
    }

    // ---------------------------------------------------------------- the GST invoice

    @Test
    void a_recorded_sale_gets_its_invoice_numbered_in_the_financial_year_of_its_date() {
        GstInvoice expected = new GstInvoice("INV/25-26/000001", "2026-03-31", DocumentType.TAX_INVOICE, "2025-26");
        fixture.given(twoPacks())
                .when(new IssueGstInvoice(SALE, TENANT, "2026-03-31", "INV"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GstInvoiceIssued(TENANT, SALE, expected, NOW))
                .expectResultMessagePayload(expected);
        assertThat(numbers.calls).containsExactly(
                new RecordingNumbers.Call(TENANT, DocumentSeries.INVOICE, "2025-26", "INV", SALE));
    }

    @Test
    void the_first_of_april_starts_a_new_financial_year() {
        GstInvoice expected = new GstInvoice("INV/26-27/000001", "2026-04-01", DocumentType.TAX_INVOICE, "2026-27");
        fixture.given(twoPacks())
                .when(new IssueGstInvoice(SALE, TENANT, "2026-04-01", "INV"))
                .expectEvents(new GstInvoiceIssued(TENANT, SALE, expected, NOW))
                .expectResultMessagePayload(expected);
        assertThat(numbers.calls).extracting(RecordingNumbers.Call::financialYear).containsExactly("2026-27");
    }

    @Test
    void the_shops_prefix_is_used_and_inv_when_it_has_none() {
        fixture.given(twoPacks())
                .when(new IssueGstInvoice(SALE, TENANT, "2026-03-31", "SKS"))
                .expectResultMessagePayload(new GstInvoice("SKS/25-26/000001", "2026-03-31", DocumentType.TAX_INVOICE,
                        "2025-26"));
        fixture.given(twoPacks())
                .when(new IssueGstInvoice(SALE, TENANT, "2026-03-31", null))
                .expectResultMessagePayload(new GstInvoice("INV/25-26/000002", "2026-03-31", DocumentType.TAX_INVOICE,
                        "2025-26"));
        assertThat(numbers.calls).extracting(RecordingNumbers.Call::prefix).containsExactly("SKS", "INV");
    }

    @Test
    void a_composition_shop_issues_a_bill_of_supply_in_its_invoice_series() {
        GstInvoice expected = new GstInvoice("INV/25-26/000001", "2026-03-31", DocumentType.BILL_OF_SUPPLY, "2025-26");
        fixture.given(recorded(BENGALURU_PHARMACY, atta("1")))
                .when(new IssueGstInvoice(SALE, TENANT, "2026-03-31", "INV"))
                .expectEvents(new GstInvoiceIssued(TENANT, SALE, expected, NOW));
        assertThat(numbers.calls).extracting(RecordingNumbers.Call::series).containsExactly(DocumentSeries.INVOICE);
    }

    @Test
    void issuing_again_answers_the_same_invoice_and_takes_no_number() {
        fixture.given(twoPacks(), issued())
                .when(new IssueGstInvoice(SALE, TENANT, "2026-04-02", "INV"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(INVOICE);
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void a_cancelled_sale_gets_no_invoice() {
        fixture.given(twoPacks(), new SaleCancelled(TENANT, SALE, "wrong item", RECORDED_AT))
                .when(new IssueGstInvoice(SALE, TENANT, "2026-03-31", "INV"))
                .expectException(withCode(StateConflict.class, "SALE_CANCELLED"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void another_shop_cannot_invoice_the_sale() {
        fixture.given(twoPacks())
                .when(new IssueGstInvoice(SALE, OTHER_TENANT, "2026-03-31", "INV"))
                .expectException(withCode(NotFound.class, "SALE_NOT_FOUND"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void an_invoice_date_that_is_not_a_date_is_refused_before_a_number_is_taken() {
        for (String date : new String[] {"31-03-2026", "2026-02-30", "", null}) {
            fixture.given(twoPacks())
                    .when(new IssueGstInvoice(SALE, TENANT, date, "INV"))
                    .expectException(violation("DATE_INVALID", "invoiceDate"))
                    .expectNoEvents();
        }
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void a_sale_with_an_invoice_cannot_be_cancelled() {
        fixture.given(twoPacks(), issued())
                .when(new CancelSale(SALE, TENANT, "customer changed mind"))
                .expectException(withCode(StateConflict.class, "SALE_INVOICED"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- credit notes

    @Test
    void goods_cannot_come_back_against_a_sale_without_an_invoice() {
        fixture.given(twoPacks())
                .when(giveBack("return-1", ReturnReason.CHANGED_MIND, "item-atta", "1"))
                .expectException(withCode(StateConflict.class, "SALE_NOT_INVOICED"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void a_return_after_the_invoice_gives_a_credit_note_against_it() {
        SaleRecorded sale = twoPacks();
        TaxedLine part = onePackBack(sale);
        CreditNote expected = new CreditNote("return-1", "CN/26-27/0000001", "2026-04-02", "2026-27",
                "INV/25-26/000001", "2026-03-31", ReturnReason.CHANGED_MIND, "came back", List.of(part),
                new SaleTotals(28500, 0, 27143, 678, 679, 0, 0, 28500, 0, 28500), true, 0L, null);

        fixture.given(sale, issued())
                .when(giveBack("return-1", ReturnReason.CHANGED_MIND, "item-atta", "1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SaleReturned(TENANT, SALE, expected, NOW))
                .expectResultMessagePayload(expected);
        assertThat(numbers.calls).containsExactly(
                new RecordingNumbers.Call(TENANT, DocumentSeries.CREDIT_NOTE, "2026-27", "CN", "return-1"));
    }

    @Test
    void damaged_and_expired_goods_are_not_restocked_other_returns_are() {
        for (ReturnReason reason : ReturnReason.values()) {
            boolean restocks = reason != ReturnReason.DAMAGED && reason != ReturnReason.EXPIRED;
            fixture.given(twoPacks(), issued())
                    .when(giveBack("return-" + reason, reason, "item-atta", "1"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(Matchers.predicate((CreditNote note) ->
                            note.restocked() == restocks && note.reason() == reason))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.predicate((SaleReturned e) -> e.creditNote().restocked() == restocks),
                            Matchers.andNoMore())));
        }
        assertThat(numbers.calls).hasSize(ReturnReason.values().length);
    }

    @Test
    void a_return_needs_a_reason_and_a_note_date() {
        fixture.given(twoPacks(), issued())
                .when(giveBack("return-1", null, "item-atta", "1"))
                .expectException(violation("REASON_REQUIRED", "reason"))
                .expectNoEvents();
        fixture.given(twoPacks(), issued())
                .when(new ReturnSaleLines(SALE, TENANT, "return-1", List.of(new ReturnedLine("item-atta",
                        BigDecimal.ONE)), ReturnReason.OTHER, null, "02/04/2026"))
                .expectException(violation("DATE_INVALID", "noteDate"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void another_shop_cannot_take_goods_back_on_the_sale() {
        fixture.given(twoPacks(), issued())
                .when(new ReturnSaleLines(SALE, OTHER_TENANT, "return-1", List.of(new ReturnedLine("item-atta",
                        BigDecimal.ONE)), ReturnReason.OTHER, null, "2026-04-02"))
                .expectException(withCode(NotFound.class, "SALE_NOT_FOUND"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }

    @Test
    void a_second_return_exceeding_what_is_left_is_refused_and_takes_no_number() {
        SaleRecorded sale = twoPacks();
        CreditNote first = new CreditNote("return-1", "CN/26-27/0000001", "2026-04-02", "2026-27", "INV/25-26/000001",
                "2026-03-31", ReturnReason.CHANGED_MIND, null, List.of(onePackBack(sale)),
                GstCalculator.totals(List.of(onePackBack(sale))), true, 0L, null);

        fixture.given(sale, issued(), new SaleReturned(TENANT, SALE, first, NOW))
                .when(giveBack("return-2", ReturnReason.CHANGED_MIND, "item-atta", "2"))
                .expectException(violation("RETURN_EXCEEDS_SOLD", "lines[0].quantity"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();

        fixture.given(sale, issued(), new SaleReturned(TENANT, SALE, first, NOW))
                .when(giveBack("return-2", ReturnReason.DEFECTIVE, "item-atta", "1"))
                .expectResultMessagePayloadMatching(Matchers.predicate((CreditNote note) ->
                        note.lines().size() == 1 && note.lines().get(0).taxableValue() == 27143
                                && note.lines().get(0).cgst() + note.lines().get(0).sgst() == 1357
                                && note.totals().grandTotal() == 28500
                                && note.creditNoteNumber().equals("CN/26-27/0000001")));
        assertThat(numbers.calls).hasSize(1);
    }

    @Test
    void an_item_the_sale_did_not_have_cannot_come_back() {
        fixture.given(twoPacks(), issued())
                .when(giveBack("return-1", ReturnReason.WRONG_ITEM, "item-ghee", "1"))
                .expectException(violation("RETURN_ITEM_NOT_IN_SALE", "lines[0].itemId"))
                .expectNoEvents();
        assertThat(numbers.calls).isEmpty();
    }
}
