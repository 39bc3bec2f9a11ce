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
import java.util.List;

/** What a GST document prints, from the sale as recorded: Rule 46 for tax invoices, Rule 49 for bills of supply. */
final class InvoiceDocuments {
    static final String COMPOSITION_LEGEND = "Composition taxable person, not eligible to collect tax on supplies";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

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
                state(sale.placeOfSupply()), interState, false, legend, original,
                lines.stream().map(InvoiceDocuments::line).toList(),
                new InvoiceDocument.Totals(rupees(totals.taxableValue()), rupees(totals.cgst()), rupees(totals.sgst()),
                        rupees(totals.igst()), rupees(totals.cess()), rupees(totals.roundOff()), rupees(totals.grandTotal())),
                IndianNumbers.amountInWords(totals.grandTotal()), upiQr, upiNote, tax);
    }

    private static InvoiceDocument.Line line(TaxedLine l) {
        return new InvoiceDocument.Line(l.number(), l.name(), l.hsn(), plain(l.quantity()), l.uqc(), rupees(l.unitPrice()),
                rupees(l.discount()), rupees(l.taxableValue()), plain(l.gstRate()), rupees(l.cgst()), rupees(l.sgst()),
                rupees(l.igst()), rupees(l.cess()), rupees(l.total()));
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
}
