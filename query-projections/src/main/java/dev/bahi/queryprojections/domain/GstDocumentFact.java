package dev.bahi.queryprojections.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued GST document: a tax invoice or bill of supply (kind {@code INVOICE}, id = the sale's id) or a credit note
 * (kind {@code CREDIT_NOTE}, id = the return's id), with its number, date (the shop's business date, yyyy-MM-dd), the
 * buyer and place of supply of its sale, its lines and totals (paise, positive also for credit notes). A credit note
 * also names its invoice and that invoice's value, which decides whether it reduces a B2CL invoice.
 * {@code cancelled} and {@code sequence} are joined in when the register is read.
 */
public record GstDocumentFact(String tenantId, String documentId, String saleId, Kind kind, String number,
                              String date, String documentType, String buyerName, String buyerGstin,
                              String placeOfSupply, boolean interState, List<GstLine> lines, long taxable, long cgst,
                              long sgst, long igst, long cess, long total, String originalInvoiceNumber,
                              String originalInvoiceDate, long originalInvoiceValue, boolean cancelled,
                              Long sequence) {
    /** What kind of document. */
    public enum Kind { INVOICE, CREDIT_NOTE }

    public static final String TAX_INVOICE = "TAX_INVOICE";

    public GstDocumentFact {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public GstDocumentFact joined(boolean cancelledNow, Long sequenceNow) {
        return new GstDocumentFact(tenantId, documentId, saleId, kind, number, date, documentType, buyerName,
                buyerGstin, placeOfSupply, interState, lines, taxable, cgst, sgst, igst, cess, total,
                originalInvoiceNumber, originalInvoiceDate, originalInvoiceValue, cancelledNow, sequenceNow);
    }

    public boolean invoice() {
        return kind == Kind.INVOICE;
    }

    public boolean registeredBuyer() {
        return buyerGstin != null && !buyerGstin.isBlank();
    }

    public boolean taxInvoice() {
        return TAX_INVOICE.equals(documentType);
    }

    public LocalDate localDate() {
        return LocalDate.parse(date);
    }

    /**
     * B2CL: an inter-state tax invoice to an unregistered buyer above the threshold at its date; for a credit note,
     * whether the invoice it reduces was one.
     */
    public boolean largeInterStateB2c() {
        if (registeredBuyer() || !interState || !taxInvoice()) {
            return false;
        }
        if (invoice()) {
            return GstRules.b2clInvoice(total, localDate());
        }
        LocalDate invoiceDate = originalInvoiceDate == null ? localDate() : LocalDate.parse(originalInvoiceDate);
        return GstRules.b2clInvoice(originalInvoiceValue, invoiceDate);
    }

    /** The order of the sales register: by date, invoices before credit notes, then by number. */
    public String registerKey() {
        return date + "|" + (invoice() ? "1" : "2") + "|" + number + "|" + documentId;
    }
}
