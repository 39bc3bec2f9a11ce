package dev.bahi.sales.api;

import java.util.List;

/**
 * A credit note: its number and date, the invoice it reduces, the returned part of each line with its tax
 * (amounts positive, in paise), totals (rounded to the rupee like the invoice) and whether goods were restocked.
 */
public record CreditNote(String returnId, String creditNoteNumber, String creditNoteDate, String financialYear,
                         String originalInvoiceNumber, String originalInvoiceDate, ReturnReason reason, String note,
                         List<TaxedLine> lines, SaleTotals totals, boolean restocked) {
}
