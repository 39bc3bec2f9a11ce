package dev.bahi.sales.application;

import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.platform.kernel.StateCode;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.sales.application.port.out.InvoiceDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a GST document prints, from the sale as recorded: Rule 46 for tax invoices, Rule 49 for bills of supply. */
final class InvoiceDocuments {
    static final String COMPOSITION_LEGEND = "Composition taxable person, not eligible to collect tax on supplies";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private InvoiceDocuments() {
    }

    static InvoiceDocument invoice(SaleView sale, byte[] upiQr, String upiNote) {
        boolean tax = sale.documentType() == DocumentType.TAX_INVOICE;
        return document(sale, tax ? "Tax Invoice" : "Bill of Supply", sale.invoice().invoiceNumber(),
                sale.invoice().invoiceDate(), null, sale.lines(), sale.totals(), upiQr, upiNote);
    }

    static InvoiceDocument creditNote(SaleView sale, CreditNote note) {
        return document(sale, "Credit Note", note.creditNoteNumber(), note.creditNoteDate(),
                note.originalInvoiceNumber() + " dated " + printed(note.originalInvoiceDate()), note.lines(),
                note.totals(), null, null);
    }

    private static InvoiceDocument document(SaleView sale, String title, String number, String date, String original,
                                            List<TaxedLine> lines, SaleTotals totals, byte[] upiQr, String upiNote) {
        boolean tax = sale.documentType() == DocumentType.TAX_INVOICE;
        boolean interState = sale.supplyType() == SupplyType.INTER_STATE;
        String legend = "COMPOSITION".equals(sale.seller().registration()) ? COMPOSITION_LEGEND : null;
        return new InvoiceDocument(title, number, printed(date), seller(sale.seller()), buyer(sale.buyer()),
                state(placeOfSupply(sale)), interState, false, legend, original,
                lines.stream().map(l -> line(l, tax, interState)).toList(),
                tax ? hsnSummary(lines, interState) : List.of(),
                new InvoiceDocument.Totals(rupees(totals.taxableValue()), rupees(totals.cgst()), rupees(totals.sgst()),
                        rupees(totals.igst()), rupees(totals.cess()), rupees(totals.roundOff()), rupees(totals.grandTotal())),
                IndianNumbers.amountInWords(totals.grandTotal()), upiQr, upiNote, tax);
    }

    /** The sale's place of supply; failing that the delivery state, failing that the shop's own (a counter sale). */
    private static String placeOfSupply(SaleView sale) {
        if (sale.placeOfSupply() != null && !sale.placeOfSupply().isBlank()) {
            return sale.placeOfSupply();
        }
        if (sale.buyer() != null && sale.buyer().stateCode() != null) {
            return sale.buyer().stateCode();
        }
        return sale.seller().stateCode();
    }

    /**
     * Rule 46 wants the rate and amount of each tax: intra-state CGST and SGST/UTGST at half the GST rate each,
     * inter-state IGST at the full rate; the rates of the taxes that do not apply stay null. A bill of supply
     * (Rule 49) shows no tax, so it has no rates at all.
     */
    private static InvoiceDocument.Line line(TaxedLine l, boolean tax, boolean interState) {
        String half = tax && !interState ? half(l.gstRate()) : null;
        return new InvoiceDocument.Line(l.number(), l.name(), l.hsn(), plain(l.quantity()), l.uqc(),
                rupees(l.unitPrice()), rupees(l.discount()), rupees(l.taxableValue()), tax ? plain(l.gstRate()) : null,
                half, rupees(l.cgst()), half, rupees(l.sgst()),
                tax && interState ? plain(l.gstRate()) : null, rupees(l.igst()),
                tax ? plain(l.cessRate()) : null, rupees(l.cess()), rupees(l.total()));
    }

    /**
     * The HSN-wise tax summary: one row per HSN code, GST rate and cess rate, in the order the lines first name
     * them, with the taxable value and each tax added up in paise before formatting, so the rows sum to the totals.
     */
    static List<InvoiceDocument.HsnRow> hsnSummary(List<TaxedLine> lines, boolean interState) {
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (TaxedLine l : lines) {
            List<String> key = List.of(l.hsn() == null ? "" : l.hsn(), plain(l.gstRate()), plain(l.cessRate()));
            long[] sum = sums.computeIfAbsent(key, k -> new long[5]);
            sum[0] += l.taxableValue();
            sum[1] += l.cgst();
            sum[2] += l.sgst();
            sum[3] += l.igst();
            sum[4] += l.cess();
        }
        List<InvoiceDocument.HsnRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            String gstRate = key.get(1);
            String half = interState ? null : half(new BigDecimal(gstRate));
            rows.add(new InvoiceDocument.HsnRow(key.get(0), gstRate, rupees(sum[0]), half, rupees(sum[1]), half,
                    rupees(sum[2]), interState ? gstRate : null, rupees(sum[3]), key.get(2), rupees(sum[4]),
                    rupees(sum[1] + sum[2] + sum[3] + sum[4])));
        });
        return List.copyOf(rows);
    }

    private static InvoiceDocument.Party seller(Seller s) {
        return new InvoiceDocument.Party(s.name(), s.legalName() != null && !s.legalName().equals(s.name()) ? s.legalName()
                : null, s.address(), s.gstin(), state(s.stateCode()), s.phone(), s.email());
    }

    private static InvoiceDocument.Party buyer(Buyer b) {
        if (b == null) {
            return null;
        }
        return new InvoiceDocument.Party(b.name() == null ? "" : b.name(), null,
                b.address() == null ? List.of() : List.of(b.address()), b.gstin(),
                b.stateCode() != null ? state(b.stateCode()) : b.gstin() != null ? state(b.gstin().substring(0, 2)) : null,
                b.phone(), null);
    }

    /** "Maharashtra (27)". */
    static String state(String code) {
        return StateCode.isValid(code) ? StateCode.of(code).stateName() + " (" + code + ")" : code;
    }

    static String printed(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate).format(PRINTED);
    }

    private static String rupees(long paise) {
        return IndianNumbers.rupees(paise);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Half a GST rate, the CGST or SGST/UTGST rate: "2.5" for 5, "9" for 18, "0.125" for 0.25. */
    static String half(BigDecimal rate) {
        return rate == null ? "0" : plain(rate.divide(TWO));
    }
}
