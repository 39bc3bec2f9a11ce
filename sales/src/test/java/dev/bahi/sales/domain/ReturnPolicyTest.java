package dev.bahi.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.ReturnedLine;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * What a return takes off a sale: the returned part priced again by the sale's own rules, the part that empties
 * a line taking exactly what is left, and the limits on what may come back.
 */
class ReturnPolicyTest {
    private static final DocumentType TAX = DocumentType.TAX_INVOICE;
    private static final SupplyType INTRA = SupplyType.INTRA_STATE;
    private static final SupplyType INTER = SupplyType.INTER_STATE;

    // ---------------------------------------------------------------- fixtures

    /** Aashirvaad atta, ₹285.00 a pack including 5% GST. */
    static PricedLine atta(String quantity) {
        return new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS",
                new BigDecimal(quantity), 28500, 0, true, new BigDecimal("5"), null);
    }

    /** Tata salt, ₹28.00 a packet including 5% GST. */
    static PricedLine salt(String quantity) {
        return new PricedLine("item-salt", "SALT-1KG", "Tata Salt 1 kg", "2501", "PCS", "PCS",
                new BigDecimal(quantity), 2800, 0, true, new BigDecimal("5"), null);
    }

    /** Loose toor dal at ₹400.00 a KG including 5% GST, less a discount in paise. */
    static PricedLine dal(String kg, long discount) {
        return new PricedLine("item-dal", "DAL-TOOR", "Toor Dal (loose)", "0713", "KG", "KGS", new BigDecimal(kg),
                40000, discount, true, new BigDecimal("5"), null);
    }

    static PricedLine line(String itemId, String quantity, long unitPrice, long discount, boolean inclusive,
                           String rate, String cessRate) {
        return new PricedLine(itemId, itemId.toUpperCase(), itemId, "2106", "PCS", "PCS", new BigDecimal(quantity),
                unitPrice, discount, inclusive, new BigDecimal(rate), cessRate == null ? null : new BigDecimal(cessRate));
    }

    static List<TaxedLine> sold(DocumentType type, SupplyType supply, PricedLine... lines) {
        return GstCalculator.compute(List.of(lines), type, supply).lines();
    }

    static ReturnedLine back(String itemId, String quantity) {
        return new ReturnedLine(itemId, quantity == null ? null : new BigDecimal(quantity));
    }

    /** One return against {@code sold}, given what came back before; what came back is updated as the sale does. */
    static List<TaxedLine> returnNow(List<TaxedLine> sold, Map<Integer, TaxedLine> returned, DocumentType type,
                                     SupplyType supply, ReturnedLine... lines) {
        List<TaxedLine> parts = ReturnPolicy.returnedParts(sold, returned, List.of(lines), type, supply);
        for (TaxedLine part : parts) {
            returned.merge(part.number(), part, ReturnPolicy::add);
        }
        return parts;
    }

    private static void assertViolation(Runnable call, String code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    // ---------------------------------------------------------------- pricing of a part

    @Test
    void one_of_two_tax_inclusive_packs_comes_back_at_its_printed_price() {
        // Sold: 2 × ₹285.00 incl. 5%, intra-state → gross 570.00, taxable round2(57000 × 100/105 = 54285.71) =
        // 542.86, tax 27.14 → CGST 13.57 / SGST 13.57.
        // One pack back, priced again by the same rules: gross 285.00, taxable round2(28500 × 100/105 = 27142.857)
        // = 271.43, tax 285.00 − 271.43 = 13.57 → CGST floor(1357/2) = 6.78, SGST the odd paisa: 6.79.
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));
        assertThat(sold.get(0).taxableValue()).isEqualTo(54286);

        List<TaxedLine> parts = ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-atta", "1")), TAX, INTRA);

        assertThat(parts).hasSize(1);
        TaxedLine part = parts.get(0);
        assertThat(part.number()).isEqualTo(1);
        assertThat(part.itemId()).isEqualTo("item-atta");
        assertThat(part.quantity()).isEqualByComparingTo("1");
        assertThat(part.unitPrice()).isEqualTo(28500);
        assertThat(part.discount()).isZero();
        assertThat(part.gross()).isEqualTo(28500);
        assertThat(part.taxableValue()).isEqualTo(27143);
        assertThat(part.cgst()).isEqualTo(678);
        assertThat(part.sgst()).isEqualTo(679);
        assertThat(part.igst()).isZero();
        assertThat(part.cess()).isZero();
        assertThat(part.total()).isEqualTo(28500);
        assertThat(part.gstRate()).isEqualByComparingTo("5");
        assertThat(part.priceIncludesTax()).isTrue();
    }

    @Test
    void the_return_that_empties_the_line_takes_exactly_what_is_left() {
        // Line: taxable 542.86, tax 27.14. First pack took 271.43 and 13.57 of tax, so the second takes
        // 542.86 − 271.43 = 271.43 and 27.14 − 13.57 = 13.57 of tax, split like any document's: CGST 6.78, SGST 6.79.
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));
        Map<Integer, TaxedLine> returned = new HashMap<>();
        returnNow(sold, returned, TAX, INTRA, back("item-atta", "1"));

        TaxedLine last = returnNow(sold, returned, TAX, INTRA, back("item-atta", "1")).get(0);

        assertThat(last.quantity()).isEqualByComparingTo("1");
        assertThat(last.gross()).isEqualTo(28500);
        assertThat(last.taxableValue()).isEqualTo(27143);
        assertThat(last.cgst() + last.sgst()).isEqualTo(1357);
        assertThat(last.cgst()).isEqualTo(678);
        assertThat(last.sgst()).isEqualTo(679);
        assertThat(last.total()).isEqualTo(28500);
        assertThat(returned.get(1).taxableValue()).isEqualTo(sold.get(0).taxableValue());
    }

    @Test
    void a_part_of_a_loose_line_takes_its_share_of_the_discount() {
        // Sold: 1 KG × ₹400.00 less ₹10.00, incl. 5% → gross 390.00, taxable round2(39000 × 100/105 = 37142.857)
        // = 371.43, tax 18.57 → CGST 9.28, SGST 9.29.
        // Each part is the line priced for everything returned so far less the line priced for what came back
        // before. 0.25 KG: value 100.00, discount 2.50, gross 97.50, taxable round2(9750 × 100/105) = 92.86, tax
        // 4.64 → 2.32 / 2.32. 0.5 KG so far: gross 195.00, taxable 185.71, tax 9.29; less the first quarter:
        // taxable 92.85, tax 4.65 → 2.32 / 2.33. The last 0.5 KG: the line less 0.5 KG: taxable 371.43 − 185.71 =
        // 185.72, tax 18.57 − 9.29 = 9.28 → 4.64 / 4.64.
        List<TaxedLine> sold = sold(TAX, INTRA, dal("1", 1000));
        assertThat(sold.get(0)).extracting(TaxedLine::gross, TaxedLine::taxableValue, TaxedLine::cgst, TaxedLine::sgst)
                .containsExactly(39000L, 37143L, 928L, 929L);
        Map<Integer, TaxedLine> returned = new HashMap<>();

        TaxedLine first = returnNow(sold, returned, TAX, INTRA, back("item-dal", "0.25")).get(0);
        TaxedLine second = returnNow(sold, returned, TAX, INTRA, back("item-dal", "0.250")).get(0);
        TaxedLine last = returnNow(sold, returned, TAX, INTRA, back("item-dal", "0.5")).get(0);

        assertThat(first).extracting(TaxedLine::discount, TaxedLine::gross, TaxedLine::taxableValue,
                TaxedLine::cgst, TaxedLine::sgst, TaxedLine::total).containsExactly(250L, 9750L, 9286L, 232L, 232L, 9750L);
        assertThat(second).extracting(TaxedLine::discount, TaxedLine::gross, TaxedLine::taxableValue,
                TaxedLine::cgst, TaxedLine::sgst, TaxedLine::total).containsExactly(250L, 9750L, 9285L, 232L, 233L, 9750L);
        assertThat(last).extracting(TaxedLine::discount, TaxedLine::gross, TaxedLine::taxableValue, TaxedLine::cgst,
                TaxedLine::sgst, TaxedLine::total).containsExactly(500L, 19500L, 18572L, 464L, 464L, 19500L);
        assertThat(last.quantity()).isEqualByComparingTo("0.5");
    }

    @Test
    void whatever_the_split_all_parts_of_a_line_add_up_to_the_line_to_the_paisa() {
        record Case(String name, DocumentType type, SupplyType supply, PricedLine line, List<List<String>> splits) {
        }
        List<Case> cases = List.of(
                new Case("3 × ₹99 incl. 5%", TAX, INTRA, line("item-soap", "3", 9900, 0, true, "5", null),
                        List.of(List.of("1", "1", "1"), List.of("2", "1"), List.of("1", "2"), List.of("3"))),
                new Case("1 KG dal less ₹10", TAX, INTRA, dal("1", 1000),
                        List.of(List.of("0.25", "0.25", "0.5"), List.of("0.5", "0.5"), List.of("0.001", "0.999"),
                                List.of("0.333", "0.333", "0.334"), List.of("0.1", "0.2", "0.3", "0.4"))),
                new Case("2.75 KG dal less ₹7.77", TAX, INTRA, dal("2.75", 777),
                        List.of(List.of("0.25", "0.5", "1", "1"), List.of("2.7", "0.05"), List.of("0.125", "2.625"))),
                new Case("10 × ₹450 excl. 18% less ₹225, inter-state", TAX, INTER,
                        line("item-fan", "10", 45000, 22500, false, "18", null),
                        List.of(List.of("3", "3", "4"), List.of("1", "1", "1", "1", "1", "1", "1", "1", "1", "1"),
                                List.of("7", "3"))),
                new Case("7 × ₹12.34 excl. 12% less ₹1.01", TAX, INTRA,
                        line("item-pen", "7", 1234, 101, false, "12", null),
                        List.of(List.of("1", "2", "4"), List.of("6", "1"), List.of("1", "1", "1", "1", "1", "1", "1"))),
                new Case("5 × ₹123.45 incl. 28% + 12% cess", TAX, INTRA,
                        line("item-paan", "5", 12345, 0, true, "28", "12"),
                        List.of(List.of("1", "2", "2"), List.of("4", "1"))),
                new Case("4 × ₹57.50 bill of supply less ₹3.33", DocumentType.BILL_OF_SUPPLY, INTRA,
                        line("item-syrup", "4", 5750, 333, true, "12", null),
                        List.of(List.of("1", "1", "2"), List.of("3", "1"))));
        // The split of each part's tax into CGST and SGST follows the document rule (odd paisa to SGST), so the
        // heads may differ from the invoice's by a paisa; their sum, and every other amount, adds up exactly.
        List<ToLongFunction<TaxedLine>> amounts = List.of(TaxedLine::gross, TaxedLine::discount,
                TaxedLine::taxableValue, l -> l.cgst() + l.sgst(), TaxedLine::igst, TaxedLine::cess,
                TaxedLine::total, TaxedLine::cgst, TaxedLine::sgst);

        for (Case c : cases) {
            TaxedLine soldLine = sold(c.type(), c.supply(), c.line()).get(0);
            for (List<String> split : c.splits()) {
                String what = c.name() + " returned as " + split;
                Map<Integer, TaxedLine> returned = new HashMap<>();
                List<TaxedLine> parts = new ArrayList<>();
                for (String quantity : split) {
                    List<TaxedLine> now = returnNow(List.of(soldLine), returned, c.type(), c.supply(),
                            back(soldLine.itemId(), quantity));
                    assertThat(now).as(what).hasSize(1);
                    parts.addAll(now);
                }
                assertThat(parts.stream().map(TaxedLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as(what).isEqualByComparingTo(soldLine.quantity());
                for (ToLongFunction<TaxedLine> amount : amounts.subList(0, 7)) {
                    assertThat(parts.stream().mapToLong(amount).sum()).as(what).isEqualTo(amount.applyAsLong(soldLine));
                }
                for (TaxedLine part : parts) {
                    assertThat(part.number()).as(what).isEqualTo(1);
                    assertThat(part.total()).as(what).isEqualTo(part.taxableValue() + part.cgst() + part.sgst()
                            + part.igst() + part.cess());
                    for (ToLongFunction<TaxedLine> amount : amounts) {
                        assertThat(amount.applyAsLong(part)).as(what + ": no negative amount on a credit note")
                                .isGreaterThanOrEqualTo(0);
                    }
                    if (c.supply() == INTER) {
                        assertThat(part.cgst() + part.sgst()).as(what).isZero();
                    } else {
                        assertThat(part.igst()).as(what).isZero();
                    }
                }
                // The credit notes' totals add up to what the line contributed to the invoice.
                SaleTotals all = GstCalculator.totals(parts);
                SaleTotals line = GstCalculator.totals(List.of(soldLine));
                assertThat(all.beforeRoundOff()).as(what).isEqualTo(line.beforeRoundOff());
                assertThat(returned.get(1).quantity()).as(what).isEqualByComparingTo(soldLine.quantity());
            }
        }
    }

    @Test
    void one_return_may_take_several_parts_of_the_same_item_at_once() {
        List<TaxedLine> sold = sold(TAX, INTRA, dal("1", 1000));

        List<TaxedLine> parts = ReturnPolicy.returnedParts(sold, Map.of(),
                List.of(back("item-dal", "0.25"), back("item-dal", "0.25")), TAX, INTRA);

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).quantity()).isEqualByComparingTo("0.5");
        assertThat(parts.get(0).gross()).isEqualTo(19500);
        assertThat(parts.get(0).taxableValue()).as("priced as 0.5 KG at once").isEqualTo(18571);
    }

    @Test
    void what_came_back_before_is_not_changed_by_working_out_a_return() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));
        Map<Integer, TaxedLine> returned = new HashMap<>();
        returnNow(sold, returned, TAX, INTRA, back("item-atta", "1"));
        Map<Integer, TaxedLine> before = Map.copyOf(returned);

        ReturnPolicy.returnedParts(sold, returned, List.of(back("item-atta", "1")), TAX, INTRA);

        assertThat(returned).isEqualTo(before);
    }

    // ---------------------------------------------------------------- which lines

    @Test
    void two_lines_of_the_same_item_are_consumed_in_order() {
        // Line 1: 2 packs of atta; line 2: salt; line 3: 3 more packs of atta with ₹15.00 off.
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"), salt("1"),
                new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS",
                        new BigDecimal("3"), 28500, 1500, true, new BigDecimal("5"), null));
        Map<Integer, TaxedLine> returned = new HashMap<>();

        List<TaxedLine> four = returnNow(sold, returned, TAX, INTRA, back("item-atta", "4"));

        assertThat(four).extracting(TaxedLine::number).containsExactly(1, 3);
        assertThat(four.get(0)).as("the whole of line 1 comes back first").isEqualTo(sold.get(0));
        assertThat(four.get(1).quantity()).isEqualByComparingTo("2");
        assertThat(four.get(1).discount()).as("two thirds of ₹15.00").isEqualTo(1000);

        List<TaxedLine> fifth = returnNow(sold, returned, TAX, INTRA, back("item-atta", "1"));

        assertThat(fifth).extracting(TaxedLine::number).containsExactly(3);
        assertThat(four.get(1).total() + fifth.get(0).total()).isEqualTo(sold.get(2).total());
        assertThat(four.get(1).discount() + fifth.get(0).discount()).isEqualTo(1500);

        assertViolation(() -> ReturnPolicy.returnedParts(sold, returned, List.of(back("item-atta", "1")), TAX, INTRA),
                "RETURN_EXCEEDS_SOLD", "lines[0].quantity");
    }

    @Test
    void a_return_of_several_items_gives_a_part_per_line_in_the_order_asked() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"), salt("3"));

        List<TaxedLine> parts = ReturnPolicy.returnedParts(sold, Map.of(),
                List.of(back("item-salt", "1"), back("item-atta", "2")), TAX, INTRA);

        assertThat(parts).extracting(TaxedLine::number).containsExactly(2, 1);
        assertThat(parts.get(1)).isEqualTo(sold.get(0));
    }

    // ---------------------------------------------------------------- limits

    @Test
    void more_than_was_sold_cannot_come_back() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));

        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-atta", "3")), TAX, INTRA),
                "RETURN_EXCEEDS_SOLD", "lines[0].quantity");
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-atta", "2.001")), TAX,
                INTRA), "RETURN_EXCEEDS_SOLD", "lines[0].quantity");
    }

    @Test
    void more_than_was_sold_less_what_already_came_back_cannot_come_back() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"), salt("5"));
        Map<Integer, TaxedLine> returned = new HashMap<>();
        returnNow(sold, returned, TAX, INTRA, back("item-atta", "1"));

        assertViolation(() -> ReturnPolicy.returnedParts(sold, returned,
                List.of(back("item-salt", "1"), back("item-atta", "2")), TAX, INTRA),
                "RETURN_EXCEEDS_SOLD", "lines[1].quantity");
        assertThatThrownBy(() -> ReturnPolicy.returnedParts(sold, returned, List.of(back("item-atta", "2")), TAX,
                INTRA)).hasMessageContaining("1 can still come back");
        assertThat(ReturnPolicy.returnedParts(sold, returned, List.of(back("item-atta", "1")), TAX, INTRA))
                .hasSize(1);
    }

    @Test
    void two_lines_of_one_return_together_may_not_exceed_what_was_sold() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));

        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(),
                List.of(back("item-atta", "1"), back("item-atta", "1.5")), TAX, INTRA),
                "RETURN_EXCEEDS_SOLD", "lines[1].quantity");
    }

    @Test
    void an_item_not_in_the_sale_cannot_come_back() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));

        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-ghee", "1")), TAX, INTRA),
                "RETURN_ITEM_NOT_IN_SALE", "lines[0].itemId");
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(),
                List.of(back("item-atta", "1"), back("item-ghee", "1")), TAX, INTRA),
                "RETURN_ITEM_NOT_IN_SALE", "lines[1].itemId");
    }

    @Test
    void a_returned_quantity_is_above_zero_with_at_most_three_decimals() {
        List<TaxedLine> sold = sold(TAX, INTRA, dal("2", 0));

        for (String quantity : Arrays.asList("0", "0.000", "-1", "-0.25", null)) {
            assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-dal", quantity)), TAX,
                    INTRA), "QUANTITY_NOT_POSITIVE", "lines[0].quantity");
        }
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-dal", "0.0005")), TAX,
                INTRA), "QUANTITY_TOO_PRECISE", "lines[0].quantity");
        assertThat(ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-dal", "0.2500")), TAX, INTRA))
                .as("trailing zeros are not precision").hasSize(1);
    }

    @Test
    void a_return_names_its_lines_and_their_items() {
        List<TaxedLine> sold = sold(TAX, INTRA, atta("2"));

        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), List.of(), TAX, INTRA),
                "LINES_REQUIRED", "lines");
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), null, TAX, INTRA), "LINES_REQUIRED", "lines");
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(),
                List.of(back("item-atta", "1"), back(null, "1")), TAX, INTRA), "ITEM_REQUIRED", "lines[1].itemId");
        assertViolation(() -> ReturnPolicy.returnedParts(sold, Map.of(), Arrays.asList((ReturnedLine) null), TAX,
                INTRA), "ITEM_REQUIRED", "lines[0].itemId");
    }

    // ---------------------------------------------------------------- kinds of supply

    @Test
    void inter_state_lines_give_igst_parts() {
        // One pack of ₹285.00 incl. 5%: taxable 271.43, IGST 285.00 − 271.43 = 13.57.
        List<TaxedLine> sold = sold(TAX, INTER, atta("2"));
        Map<Integer, TaxedLine> returned = new HashMap<>();

        TaxedLine first = returnNow(sold, returned, TAX, INTER, back("item-atta", "1")).get(0);
        TaxedLine last = returnNow(sold, returned, TAX, INTER, back("item-atta", "1")).get(0);

        assertThat(first).extracting(TaxedLine::taxableValue, TaxedLine::cgst, TaxedLine::sgst, TaxedLine::igst,
                TaxedLine::total).containsExactly(27143L, 0L, 0L, 1357L, 28500L);
        assertThat(last).extracting(TaxedLine::taxableValue, TaxedLine::cgst, TaxedLine::sgst, TaxedLine::igst,
                TaxedLine::total).containsExactly(27143L, 0L, 0L, 1357L, 28500L);
    }

    @Test
    void tax_exclusive_parts_are_taxed_on_their_taxable_value() {
        // Facts §1(b) line 1: 10 × ₹450.00 less ₹225.00 at 18% IGST. Three back: value 1350.00, discount share
        // 67.50, taxable 1282.50, IGST 18% = 230.85, total 1513.35.
        List<TaxedLine> sold = sold(TAX, INTER, line("item-fan", "10", 45000, 22500, false, "18", null));

        TaxedLine part = ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-fan", "3")), TAX, INTER).get(0);

        assertThat(part).extracting(TaxedLine::discount, TaxedLine::gross, TaxedLine::taxableValue, TaxedLine::igst,
                TaxedLine::total).containsExactly(6750L, 128250L, 128250L, 23085L, 151335L);
    }

    @Test
    void bill_of_supply_lines_give_parts_without_tax() {
        List<TaxedLine> sold = sold(DocumentType.BILL_OF_SUPPLY, INTRA, atta("3"));
        Map<Integer, TaxedLine> returned = new HashMap<>();

        TaxedLine first = returnNow(sold, returned, DocumentType.BILL_OF_SUPPLY, INTRA, back("item-atta", "1")).get(0);
        TaxedLine rest = returnNow(sold, returned, DocumentType.BILL_OF_SUPPLY, INTRA, back("item-atta", "2")).get(0);

        for (TaxedLine part : List.of(first, rest)) {
            assertThat(part.cgst() + part.sgst() + part.igst() + part.cess()).isZero();
            assertThat(part.taxableValue()).isEqualTo(part.gross());
            assertThat(part.total()).isEqualTo(part.gross());
            assertThat(part.gstRate()).isEqualByComparingTo("0");
        }
        assertThat(first.total()).isEqualTo(28500);
        assertThat(rest.total()).isEqualTo(57000);
    }

    // ---------------------------------------------------------------- bugs

    @Test
    void every_part_splits_its_tax_into_cgst_and_sgst_with_the_odd_paisa_to_sgst() {
        // 10 × ₹99.00 incl. 5%: each of the first nine packs is taxable 94.29, tax 4.71 → CGST 2.35 / SGST 2.36
        // (facts §1(a)). The line: taxable round2(99000 × 100/105) = 942.86, tax 47.14 → 23.57 / 23.57. The tenth
        // pack takes CGST 23.57 − 21.15 = 2.42 and SGST 23.57 − 21.24 = 2.33.
        List<TaxedLine> sold = sold(TAX, INTRA, line("item-soap", "10", 9900, 0, true, "5", null));
        Map<Integer, TaxedLine> returned = new HashMap<>();
        List<TaxedLine> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            parts.addAll(returnNow(sold, returned, TAX, INTRA, back("item-soap", "1")));
        }

        for (TaxedLine part : parts) {
            assertThat(part.sgst() - part.cgst()).as("SGST − CGST of " + part).isBetween(0L, 1L);
        }
    }

    @Test
    void a_part_of_a_free_line_comes_back_at_nothing() {
        // 0.3 KG at ₹1002.02 a KG: value round(30060.6) = 300.61, all of it discounted.
        List<TaxedLine> sold = sold(TAX, INTRA, new PricedLine("item-saffron", "SAFFRON", "Kesar (loose)", "0910", "KG",
                "KGS", new BigDecimal("0.3"), 100202, 30061, true, new BigDecimal("5"), null));

        List<TaxedLine> parts = ReturnPolicy.returnedParts(sold, Map.of(), List.of(back("item-saffron", "0.2")), TAX,
                INTRA);

        assertThat(parts.get(0).total()).isZero();
        assertThat(parts.get(0).gross()).isZero();
    }
}
