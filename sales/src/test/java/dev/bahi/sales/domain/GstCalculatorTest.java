package dev.bahi.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of the GST facts, to the paisa. */
class GstCalculatorTest {

    static PricedLine line(String quantity, long unitPrice, long discount, boolean inclusive, String rate, String cess) {
        return new PricedLine("item", "SKU", "Item", "1101", "PCS", "PCS", new BigDecimal(quantity), unitPrice, discount,
                inclusive, new BigDecimal(rate), cess == null ? null : new BigDecimal(cess));
    }

    @Test
    void example_a_tax_inclusive_5_percent_intra_state() {
        var result = GstCalculator.compute(List.of(line("2", 28500, 0, true, "5", null)), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE);
        TaxedLine l = result.lines().get(0);
        assertThat(l.taxableValue()).isEqualTo(54286);
        assertThat(l.cgst()).isEqualTo(1357);
        assertThat(l.sgst()).isEqualTo(1357);
        assertThat(l.igst()).isZero();
        assertThat(l.total()).isEqualTo(57000);
        assertThat(result.totals().roundOff()).isZero();
        assertThat(result.totals().grandTotal()).isEqualTo(57000);
    }

    @Test
    void the_odd_paisa_of_an_inclusive_price_goes_to_sgst() {
        TaxedLine l = GstCalculator.compute(List.of(line("1", 9900, 0, true, "5", null)), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE).lines().get(0);
        assertThat(l.taxableValue()).isEqualTo(9429);
        assertThat(l.cgst()).isEqualTo(235);
        assertThat(l.sgst()).isEqualTo(236);
        assertThat(l.total()).isEqualTo(9900);
    }

    @Test
    void example_b_tax_exclusive_18_percent_b2b_inter_state_with_discounts() {
        var result = GstCalculator.compute(List.of(line("10", 45000, 22500, false, "18", null),
                line("4", 124900, 10000, false, "18", null)), DocumentType.TAX_INVOICE, SupplyType.INTER_STATE);
        assertThat(result.lines()).extracting(TaxedLine::taxableValue).containsExactly(427500L, 489600L);
        assertThat(result.lines()).extracting(TaxedLine::igst).containsExactly(76950L, 88128L);
        SaleTotals t = result.totals();
        assertThat(t.taxableValue()).isEqualTo(917100);
        assertThat(t.igst()).isEqualTo(165078);
        assertThat(t.cgst()).isZero();
        assertThat(t.discount()).isEqualTo(32500);
        assertThat(t.gross()).isEqualTo(949600);
        assertThat(t.beforeRoundOff()).isEqualTo(1082178);
        assertThat(t.roundOff()).isEqualTo(22);
        assertThat(t.grandTotal()).isEqualTo(1082200);
    }

    @Test
    void example_c_a_total_ending_in_50_paise_rounds_up() {
        var result = GstCalculator.compute(List.of(line("1", 15000, 0, false, "5", null),
                line("1", 6200, 0, false, "0", null)), DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE);
        assertThat(result.lines().get(0).cgst()).isEqualTo(375);
        assertThat(result.lines().get(0).sgst()).isEqualTo(375);
        assertThat(result.totals().beforeRoundOff()).isEqualTo(21950);
        assertThat(result.totals().roundOff()).isEqualTo(50);
        assertThat(result.totals().grandTotal()).isEqualTo(22000);
    }

    @ParameterizedTest
    @CsvSource({"21949, -49, 21900", "21950, 50, 22000", "21951, 49, 22000", "100, 0, 100", "49, -49, 0"})
    void the_payable_amount_is_rounded_half_up_to_the_rupee(long total, long roundOff, long payable) {
        var result = GstCalculator.compute(List.of(line("1", total, 0, false, "0", null)), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE);
        assertThat(result.totals().roundOff()).isEqualTo(roundOff);
        assertThat(result.totals().grandTotal()).isEqualTo(payable);
    }

    @Test
    void cess_on_an_exclusive_price_is_charged_on_the_taxable_value() {
        TaxedLine l = GstCalculator.compute(List.of(line("1", 100000, 0, false, "28", "12")), DocumentType.TAX_INVOICE,
                SupplyType.INTER_STATE).lines().get(0);
        assertThat(l.taxableValue()).isEqualTo(100000);
        assertThat(l.igst()).isEqualTo(28000);
        assertThat(l.cess()).isEqualTo(12000);
        assertThat(l.total()).isEqualTo(140000);
    }

    @Test
    void cess_on_an_inclusive_price_is_backed_out_with_the_gst() {
        // 1,400 including 28% GST and 12% cess: taxable = 1400 × 100 / 140 = 1000; cess 120; GST the rest (280).
        TaxedLine l = GstCalculator.compute(List.of(line("1", 140000, 0, true, "28", "12")), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE).lines().get(0);
        assertThat(l.taxableValue()).isEqualTo(100000);
        assertThat(l.cess()).isEqualTo(12000);
        assertThat(l.cgst() + l.sgst()).isEqualTo(28000);
        assertThat(l.total()).isEqualTo(140000);
    }

    @Test
    void a_discount_on_an_inclusive_price_lowers_the_taxable_value() {
        TaxedLine l = GstCalculator.compute(List.of(line("0.5", 6000, 500, true, "5", null)), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE).lines().get(0);
        assertThat(l.gross()).isEqualTo(2500);
        assertThat(l.taxableValue()).isEqualTo(2381);
        assertThat(l.cgst() + l.sgst()).isEqualTo(119);
        assertThat(l.total()).isEqualTo(2500);
    }

    @Test
    void loose_quantities_are_priced_to_the_paisa() {
        TaxedLine l = GstCalculator.compute(List.of(line("0.333", 4600, 0, true, "0", null)), DocumentType.TAX_INVOICE,
                SupplyType.INTRA_STATE).lines().get(0);
        assertThat(l.gross()).isEqualTo(1532); // 15.318 rounds to 15.32
        assertThat(l.taxableValue()).isEqualTo(1532);
    }

    @Test
    void a_bill_of_supply_charges_no_tax_and_shows_none() {
        var result = GstCalculator.compute(List.of(line("2", 28500, 0, true, "5", null),
                line("1", 9900, 100, false, "18", "12")), DocumentType.BILL_OF_SUPPLY, SupplyType.INTRA_STATE);
        assertThat(result.lines()).allSatisfy(l -> {
            assertThat(l.cgst() + l.sgst() + l.igst() + l.cess()).isZero();
            assertThat(l.taxableValue()).isEqualTo(l.gross());
            assertThat(l.gstRate()).isEqualByComparingTo("0");
        });
        assertThat(result.totals().grandTotal()).isEqualTo(57000 + 9800);
    }

    @Test
    void a_discount_above_the_line_value_is_refused() {
        assertThatThrownBy(() -> GstCalculator.compute(List.of(line("1", 1000, 1001, false, "5", null)),
                DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE))
                .hasFieldOrPropertyWithValue("code", "DISCOUNT_TOO_LARGE")
                .hasFieldOrPropertyWithValue("field", "lines[0].discount");
    }

    @Test
    void a_zero_quantity_is_refused_at_its_line() {
        assertThatThrownBy(() -> GstCalculator.compute(List.of(line("1", 1000, 0, false, "5", null),
                line("0", 1000, 0, false, "5", null)), DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE))
                .hasFieldOrPropertyWithValue("code", "QUANTITY_NOT_POSITIVE")
                .hasFieldOrPropertyWithValue("field", "lines[1].quantity");
    }
}
