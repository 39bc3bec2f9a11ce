package dev.bahi.sales.application.port.out;

import java.util.List;

/**
 * Everything printed on one GST document (tax invoice, bill of supply or credit note), already formatted for
 * people: money as Indian-grouped rupees ("1,23,456.50"), dates as dd-MM-yyyy, quantities with their unit. The
 * renderer only lays it out. Null optional fields are left off the page.
 */
public record InvoiceDocument(
        String title,
        String invoiceNumber,
        String invoiceDate,
        Party seller,
        Party buyer,
        String placeOfSupply,
        boolean interState,
        boolean reverseCharge,
        String legend,
        String originalInvoice,
        List<Line> lines,
        Totals totals,
        String amountInWords,
        byte[] upiQrPng,
        String upiNote,
        boolean showTax) {

    /** Supplier or recipient. {@code state} reads like "Maharashtra (27)". */
    public record Party(String name, String legalName, List<String> address, String gstin, String state,
                        String phone, String email) {
    }

    /** One printed line; tax columns are printed only when {@link InvoiceDocument#showTax()}. */
    public record Line(int number, String description, String hsn, String quantity, String unit, String unitPrice,
                       String discount, String taxableValue, String gstRate, String cgst, String sgst, String igst,
                       String cess, String total) {
    }

    /** Document totals; {@code grandTotal} is the amount payable after the round-off. */
    public record Totals(String taxableValue, String cgst, String sgst, String igst, String cess, String roundOff,
                         String grandTotal) {
    }
}
