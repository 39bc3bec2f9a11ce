package dev.bahi.sales.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.sales.application.port.out.InvoiceDocument;
import dev.bahi.sales.application.port.out.InvoiceDocument.HsnRow;
import dev.bahi.sales.application.port.out.InvoiceDocument.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a sale prints as: titles, Indian-grouped money, amounts in words, dd-MM-yyyy dates, the rate next to each tax
 * (Rule 46) and the HSN-wise summary, whose rows must add up to the document totals.
 */
class InvoiceDocumentsTest {
    private static final Seller SHARMA = new Seller("Sharma Kirana Store", "Sharma Traders LLP", "REGULAR",
            "27AAPFU0939F1ZV", "27", List.of("Shop 4, Laxmi Market", "Dadar West, Mumbai 400028"), "+91 98200 12345",
            "billing@sharmakirana.in", "sharmakirana@okaxis");
    private static final Seller BENGALURU = new Seller("Bengaluru Wholesale Mart", "BWM Distributors Private Limited",
            "REGULAR", "29AAGCB7383J1Z4", "29", List.of("14, 2nd Cross, Chickpet", "Bengaluru 560053"), null, null,
            null);
    private static final Seller GUPTA = new Seller("Gupta General Stores", "Gupta General Stores", "COMPOSITION",
            "09ABCPG1234K1ZW", "09", List.of("Aminabad Road", "Lucknow 226018"), null, null, null);

    // ---- intra-state tax invoice: CGST + SGST/UTGST at half the rate each

    @Test
    void an_intra_state_tax_invoice_prints_half_the_rate_next_to_cgst_and_sgst() {
        InvoiceDocument doc = InvoiceDocuments.invoice(sharmaCounterSale(), null, null);

        assertThat(doc.title()).isEqualTo("Tax Invoice");
        assertThat(doc.showTax()).isTrue();
        assertThat(doc.interState()).isFalse();
        assertThat(doc.reverseCharge()).isFalse();
        assertThat(doc.legend()).isNull();
        assertThat(doc.invoiceNumber()).isEqualTo("SKS/25-26/000123");
        assertThat(doc.invoiceDate()).isEqualTo("15-10-2025");
        assertThat(doc.placeOfSupply()).isEqualTo("Maharashtra (27)");
        assertThat(doc.seller().state()).isEqualTo("Maharashtra (27)");
        assertThat(doc.seller().legalName()).isEqualTo("Sharma Traders LLP");
        assertThat(doc.buyer()).isNull();

        Line salt = doc.lines().get(0);
        assertThat(salt.quantity()).isEqualTo("4");
        assertThat(salt.unit()).isEqualTo("PCS");
        assertThat(salt.unitPrice()).isEqualTo("28.00");
        assertThat(salt.taxableValue()).isEqualTo("112.00");
        assertThat(salt.gstRate()).isEqualTo("5");
        assertThat(salt.cgstRate()).isEqualTo("2.5");
        assertThat(salt.cgst()).isEqualTo("2.80");
        assertThat(salt.sgstRate()).isEqualTo("2.5");
        assertThat(salt.sgst()).isEqualTo("2.80");
        assertThat(salt.igstRate()).as("no IGST on an intra-state supply").isNull();
        assertThat(salt.cessRate()).isEqualTo("0");
        assertThat(salt.total()).isEqualTo("117.60");

        Line surf = doc.lines().get(2);
        assertThat(surf.gstRate()).isEqualTo("18");
        assertThat(surf.cgstRate()).isEqualTo("9");
        assertThat(surf.sgstRate()).isEqualTo("9");
        assertThat(surf.cgst()).isEqualTo("12.60");

        assertThat(doc.totals()).isEqualTo(new InvoiceDocument.Totals("600.00", "24.10", "24.10", "0.00", "0.00",
                "-0.20", "648.00"));
        assertThat(doc.amountInWords()).isEqualTo("Rupees Six Hundred Forty-Eight Only");
    }

    @Test
    void the_hsn_summary_has_one_row_per_hsn_and_rate_and_adds_up_to_the_totals() {
        SaleView sale = sharmaCounterSale();
        InvoiceDocument doc = InvoiceDocuments.invoice(sale, null, null);

        assertThat(doc.hsnSummary()).containsExactly(
                new HsnRow("2501", "5", "140.00", "2.5", "3.50", "2.5", "3.50", null, "0.00", "0", "0.00", "7.00"),
                new HsnRow("1512", "5", "320.00", "2.5", "8.00", "2.5", "8.00", null, "0.00", "0", "0.00", "16.00"),
                new HsnRow("3402", "18", "140.00", "9", "12.60", "9", "12.60", null, "0.00", "0", "0.00", "25.20"));
        assertSummaryAddsUp(doc.hsnSummary(), sale.totals());
    }

    @Test
    void rates_that_do_not_halve_to_whole_numbers_keep_their_decimals() {
        // 0.25% (rough diamonds) halves to 0.125%, 3% (gold) to 1.5%, 40% to 20%.
        List<TaxedLine> lines = List.of(
                intra(1, "Rough diamond 1 ct", "7102", "CT", "1", 1_00_000_00, 0, "0.25", 125_00, 125_00),
                intra(2, "Gold coin 1 g", "7108", "GMS", "1", 7_000_00, 0, "3", 105_00, 105_00),
                intra(3, "Aerated drink 2 L", "2202", "BTL", "1", 100_00, 0, "40", 20_00, 20_00));
        SaleView sale = sale(SHARMA, null, DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE, "27", lines);
        InvoiceDocument doc = InvoiceDocuments.invoice(sale, null, null);

        assertThat(doc.lines()).extracting(Line::cgstRate).containsExactly("0.125", "1.5", "20");
        assertThat(doc.lines()).extracting(Line::sgstRate).containsExactly("0.125", "1.5", "20");
        assertThat(doc.lines()).extracting(Line::gstRate).containsExactly("0.25", "3", "40");
        assertThat(doc.hsnSummary()).extracting(HsnRow::cgstRate).containsExactly("0.125", "1.5", "20");
        assertThat(doc.lines().get(0).total()).as("Indian grouping: lakh, then thousand").isEqualTo("1,00,250.00");
        assertThat(doc.totals().grandTotal()).isEqualTo("1,07,600.00");
        assertThat(doc.amountInWords()).isEqualTo("Rupees One Lakh Seven Thousand Six Hundred Only");
        assertSummaryAddsUp(doc.hsnSummary(), sale.totals());
    }

    // ---- inter-state B2B tax invoice (facts document §1, example b)

    @Test
    void an_inter_state_invoice_prints_the_full_rate_next_to_igst_and_the_buyer() {
        SaleView sale = bengaluruToChennai();
        InvoiceDocument doc = InvoiceDocuments.invoice(sale, null, null);

        assertThat(doc.title()).isEqualTo("Tax Invoice");
        assertThat(doc.interState()).isTrue();
        assertThat(doc.invoiceDate()).isEqualTo("15-09-2025");
        assertThat(doc.placeOfSupply()).isEqualTo("Tamil Nadu (33)");
        assertThat(doc.reverseCharge()).isFalse();
        assertThat(doc.buyer().name()).isEqualTo("Chennai Provision Stores");
        assertThat(doc.buyer().gstin()).isEqualTo("33AABCT1332L1ZL");
        assertThat(doc.buyer().state()).isEqualTo("Tamil Nadu (33)");

        assertThat(doc.lines()).extracting(Line::igstRate).containsExactly("18", "18");
        assertThat(doc.lines()).extracting(Line::cgstRate).containsOnlyNulls();
        assertThat(doc.lines()).extracting(Line::sgstRate).containsOnlyNulls();
        assertThat(doc.lines()).extracting(Line::unitPrice).containsExactly("450.00", "1,249.00");
        assertThat(doc.lines()).extracting(Line::discount).containsExactly("225.00", "100.00");
        assertThat(doc.lines()).extracting(Line::igst).containsExactly("769.50", "881.28");

        assertThat(doc.totals()).isEqualTo(new InvoiceDocument.Totals("9,171.00", "0.00", "0.00", "1,650.78", "0.00",
                "0.22", "10,822.00"));
        assertThat(doc.amountInWords()).isEqualTo("Rupees Ten Thousand Eight Hundred Twenty-Two Only");

        assertThat(doc.hsnSummary()).containsExactly(
                new HsnRow("0902", "18", "4,275.00", null, "0.00", null, "0.00", "18", "769.50", "0", "0.00", "769.50"),
                new HsnRow("1006", "18", "4,896.00", null, "0.00", null, "0.00", "18", "881.28", "0", "0.00", "881.28"));
        assertSummaryAddsUp(doc.hsnSummary(), sale.totals());
    }

    @Test
    void cess_has_its_rate_and_counts_in_the_summary() {
        TaxedLine cigarettes = new TaxedLine(1, "item-1", "GFK20", "Gold Flake Kings (pack of 20)", "2402", "PACK",
                "PAC", new BigDecimal("2"), 170_00, 0, true, new BigDecimal("28"), new BigDecimal("5"), 340_00,
                265_63, 37_19, 37_19, 0, 13_28, 353_29);
        SaleView sale = sale(SHARMA, null, DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE, "27", List.of(cigarettes));
        InvoiceDocument doc = InvoiceDocuments.invoice(sale, null, null);

        assertThat(doc.lines().get(0).cessRate()).isEqualTo("5");
        assertThat(doc.lines().get(0).cgstRate()).isEqualTo("14");
        assertThat(doc.hsnSummary()).containsExactly(
                new HsnRow("2402", "28", "265.63", "14", "37.19", "14", "37.19", null, "0.00", "5", "13.28", "87.66"));
        assertSummaryAddsUp(doc.hsnSummary(), sale.totals());
    }

    // ---- bill of supply (composition dealer)

    @Test
    void a_composition_dealer_issues_a_bill_of_supply_with_the_legend_and_no_tax() {
        List<TaxedLine> lines = List.of(
                exempt(1, "Britannia Marie Gold 250 g", "1905", "PCS", "6", 40_00, 0),
                exempt(2, "Amul Ghee 1 L", "0402", "LTR", "1", 620_00, 10_00));
        SaleView sale = sale(GUPTA, null, DocumentType.BILL_OF_SUPPLY, SupplyType.INTRA_STATE, "09", lines);
        InvoiceDocument doc = InvoiceDocuments.invoice(sale, null, null);

        assertThat(doc.title()).isEqualTo("Bill of Supply");
        assertThat(doc.legend()).isEqualTo(InvoiceDocuments.COMPOSITION_LEGEND)
                .isEqualToIgnoringCase("composition taxable person, not eligible to collect tax on supplies");
        assertThat(doc.showTax()).isFalse();
        assertThat(doc.seller().legalName()).as("a legal name equal to the trade name is left off").isNull();
        assertThat(doc.placeOfSupply()).isEqualTo("Uttar Pradesh (09)");
        assertThat(doc.invoiceDate()).isEqualTo("15-10-2025");
        assertThat(doc.lines()).allSatisfy(line -> {
            assertThat(line.gstRate()).isNull();
            assertThat(line.cgstRate()).isNull();
            assertThat(line.sgstRate()).isNull();
            assertThat(line.igstRate()).isNull();
            assertThat(line.cessRate()).isNull();
        });
        assertThat(doc.hsnSummary()).as("no tax summary on a bill of supply").isEmpty();
        assertThat(doc.totals().grandTotal()).isEqualTo("850.00");
        assertThat(doc.amountInWords()).isEqualTo("Rupees Eight Hundred Fifty Only");
    }

    @Test
    void a_regular_dealer_prints_no_composition_legend() {
        assertThat(InvoiceDocuments.invoice(sharmaCounterSale(), null, null).legend()).isNull();
    }

    // ---- credit note

    @Test
    void a_credit_note_names_the_invoice_it_reduces_with_both_dates_printed_dd_mm_yyyy() {
        SaleView sale = sharmaCounterSale();
        TaxedLine surf = sale.lines().get(2);
        CreditNote note = new CreditNote("ret-1", "CN/25-26/0001", "2025-10-20", "2025-26", "SKS/25-26/000123",
                "2025-10-15", ReturnReason.DEFECTIVE, null, List.of(surf), totals(List.of(surf)), true, 0L, null);
        InvoiceDocument doc = InvoiceDocuments.creditNote(sale, note);

        assertThat(doc.title()).isEqualTo("Credit Note");
        assertThat(doc.invoiceNumber()).isEqualTo("CN/25-26/0001");
        assertThat(doc.invoiceDate()).isEqualTo("20-10-2025");
        assertThat(doc.originalInvoice()).isEqualTo("SKS/25-26/000123 dated 15-10-2025");
        assertThat(doc.lines()).extracting(Line::cgstRate).containsExactly("9");
        assertThat(doc.hsnSummary()).containsExactly(
                new HsnRow("3402", "18", "140.00", "9", "12.60", "9", "12.60", null, "0.00", "0", "0.00", "25.20"));
        assertThat(doc.totals().roundOff()).isEqualTo("-0.20");
        assertThat(doc.totals().grandTotal()).isEqualTo("165.00");
        assertThat(doc.amountInWords()).isEqualTo("Rupees One Hundred Sixty-Five Only");
    }

    // ---- sales

    /** Four lines, prices before tax, two of them under HSN 2501 at 5%. */
    private static SaleView sharmaCounterSale() {
        List<TaxedLine> lines = List.of(
                intra(1, "Tata Salt 1 kg", "2501", "PCS", "4", 28_00, 0, "5", 2_80, 2_80),
                intra(2, "Fortune Sunflower Oil 1 L", "1512", "BTL", "2", 165_00, 10_00, "5", 8_00, 8_00),
                intra(3, "Surf Excel Easy Wash 1 kg", "3402", "PCS", "1", 140_00, 0, "18", 12_60, 12_60),
                intra(4, "Tata Salt Lite 1 kg", "2501", "PCS", "1", 28_00, 0, "5.00", 70, 70));
        return sale(SHARMA, null, DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE, "27", lines);
    }

    private static SaleView bengaluruToChennai() {
        Buyer buyer = new Buyer("cust-1", "Chennai Provision Stores", "+91 94440 55555", "33AABCT1332L1ZL", "33",
                "No. 12, Ranganathan Street, T. Nagar, Chennai 600017");
        List<TaxedLine> lines = List.of(
                inter(1, "Assam CTC tea, loose", "0902", "KGS", "10", 450_00, 225_00, "18", 769_50),
                inter(2, "Sona Masoori rice 25 kg", "1006", "BAG", "4", 1_249_00, 100_00, "18", 881_28));
        SaleView sale = sale(BENGALURU, buyer, DocumentType.TAX_INVOICE, SupplyType.INTER_STATE, "33", lines);
        GstInvoice invoice = new GstInvoice("INV/25-26/000123", "2025-09-15", DocumentType.TAX_INVOICE, "2025-26");
        return sale.with(SaleStatus.INVOICED, null, invoice, List.of());
    }

    private static SaleView sale(Seller seller, Buyer buyer, DocumentType type, SupplyType supply, String pos,
                                 List<TaxedLine> lines) {
        SaleTotals totals = totals(lines);
        String number = type == DocumentType.TAX_INVOICE ? "SKS/25-26/000123" : "BOS/25-26/000042";
        return new SaleView("sale-1", "tenant-1", SaleStatus.INVOICED, seller, buyer, type, supply, pos, lines, totals,
                new Payment(PaymentMode.CASH, List.of(), totals.grandTotal(), 0), null, "2025-10-15",
                Instant.parse("2025-10-15T05:30:00Z"), null, new GstInvoice(number, "2025-10-15", type, "2025-26"),
                List.of());
    }

    /** Tax-exclusive intra-state line; the test states its CGST and SGST/UTGST in paise. */
    private static TaxedLine intra(int n, String name, String hsn, String uqc, String qty, long unitPrice,
                                   long discount, String rate, long cgst, long sgst) {
        long taxable = new BigDecimal(qty).multiply(BigDecimal.valueOf(unitPrice)).longValueExact() - discount;
        return new TaxedLine(n, "item-" + n, "SKU" + n, name, hsn, uqc, uqc, new BigDecimal(qty), unitPrice, discount,
                false, new BigDecimal(rate), null, taxable, taxable, cgst, sgst, 0, 0, taxable + cgst + sgst);
    }

    private static TaxedLine inter(int n, String name, String hsn, String uqc, String qty, long unitPrice,
                                   long discount, String rate, long igst) {
        long taxable = new BigDecimal(qty).multiply(BigDecimal.valueOf(unitPrice)).longValueExact() - discount;
        return new TaxedLine(n, "item-" + n, "SKU" + n, name, hsn, uqc, uqc, new BigDecimal(qty), unitPrice, discount,
                false, new BigDecimal(rate), null, taxable, taxable, 0, 0, igst, 0, taxable + igst);
    }

    private static TaxedLine exempt(int n, String name, String hsn, String uqc, String qty, long unitPrice,
                                    long discount) {
        long value = new BigDecimal(qty).multiply(BigDecimal.valueOf(unitPrice)).longValueExact() - discount;
        return new TaxedLine(n, "item-" + n, "SKU" + n, name, hsn, uqc, uqc, new BigDecimal(qty), unitPrice, discount,
                false, BigDecimal.ZERO, null, value, value, 0, 0, 0, 0, value);
    }

    /** Sums in paise, then rounds half-up to the rupee as the facts document §1 says. */
    private static SaleTotals totals(List<TaxedLine> lines) {
        long gross = 0, discount = 0, taxable = 0, cgst = 0, sgst = 0, igst = 0, cess = 0;
        for (TaxedLine l : lines) {
            gross += l.gross();
            discount += l.discount();
            taxable += l.taxableValue();
            cgst += l.cgst();
            sgst += l.sgst();
            igst += l.igst();
            cess += l.cess();
        }
        long before = taxable + cgst + sgst + igst + cess;
        long payable = (before + 50) / 100 * 100;
        return new SaleTotals(gross, discount, taxable, cgst, sgst, igst, cess, before, payable - before, payable);
    }

    // ---- checks

    /** Each column of the HSN summary, parsed back to paise, adds up to the same column of the totals. */
    private static void assertSummaryAddsUp(List<HsnRow> rows, SaleTotals totals) {
        assertThat(sum(rows, HsnRow::taxableValue)).as("taxable value").isEqualTo(totals.taxableValue());
        assertThat(sum(rows, HsnRow::cgst)).as("CGST").isEqualTo(totals.cgst());
        assertThat(sum(rows, HsnRow::sgst)).as("SGST/UTGST").isEqualTo(totals.sgst());
        assertThat(sum(rows, HsnRow::igst)).as("IGST").isEqualTo(totals.igst());
        assertThat(sum(rows, HsnRow::cess)).as("cess").isEqualTo(totals.cess());
        assertThat(sum(rows, HsnRow::totalTax)).as("total tax")
                .isEqualTo(totals.cgst() + totals.sgst() + totals.igst() + totals.cess());
    }

    private static long sum(List<HsnRow> rows, Function<HsnRow, String> column) {
        return rows.stream().map(column).mapToLong(InvoiceDocumentsTest::paise).sum();
    }

    private static long paise(String rupees) {
        return new BigDecimal(rupees.replace(",", "")).movePointRight(2).longValueExact();
    }
}
