package dev.bahi.sales.application.port.out;

import java.util.List;

/**
 * Everything printed on one GST document (tax invoice, bill of supply or credit note), already formatted for
 * people: money as Indian-grouped rupees ("1,23,456.50"), dates as dd-MM-yyyy, quantities with their unit, tax
 * rates as plain percentages without the sign ("2.5", "9", "0.125"). The renderer only lays it out. Null optional
 * fields are left off the page.
 *
 * <p>{@code hsnSummary} is the HSN-wise tax summary printed under the line table of an A4 tax invoice or credit
 * note: one row per HSN code and rate. It is empty on a bill of supply.
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
        List<HsnRow> hsnSummary,
        Totals totals,
        String amountInWords,
        byte[] upiQrPng,
        String upiNote,
        boolean showTax) {

    /** Supplier or recipient. {@code state} reads like "Maharashtra (27)". */
    public record Party(String name, String legalName, List<String> address, String gstin, String state,
                        String phone, String email) {
    }

    /**
     * One printed line; tax columns are printed only when {@link InvoiceDocument#showTax()}. Rule 46 wants the rate
     * and the amount of each tax: {@code cgstRate} and {@code sgstRate} are half the GST rate each ("2.5" for 5%)
     * and go with an intra-state supply, {@code igstRate} is the full rate and goes with an inter-state one; the
     * rates of the taxes that do not apply are null. {@code cessRate} may be null or "0" when there is no cess.
     */
    public record Line(int number, String description, String hsn, String quantity, String unit, String unitPrice,
                       String discount, String taxableValue, String gstRate, String cgstRate, String cgst,
                       String sgstRate, String sgst, String igstRate, String igst, String cessRate, String cess,
                       String total) {
    }

    /**
     * One row of the HSN-wise tax summary: the lines with the same HSN code, GST rate and cess rate added up. Rates
     * follow the same rules as on {@link Line}; {@code totalTax} is CGST + SGST/UTGST + IGST + cess.
     */
    public record HsnRow(String hsn, String gstRate, String taxableValue, String cgstRate, String cgst,
                         String sgstRate, String sgst, String igstRate, String igst, String cessRate, String cess,
                         String totalTax) {
    }

    /** Document totals; {@code grandTotal} is the amount payable after the round-off. */
    public record Totals(String taxableValue, String cgst, String sgst, String igst, String cess, String roundOff,
                         String grandTotal) {
    }
}
