package dev.bahi.sales.api;

import java.util.List;

/**
 * A credit note: its number and date, the invoice it reduces, the returned part of each line with its tax
 * (amounts positive, in paise), totals (rounded to the rupee like the invoice), whether goods were restocked, and
 * {@code udhaarCredit}: how much of it goes back to the khata of {@code customerId} (the sale's unpaid part not yet
 * credited; zero, and no customer, for a sale paid in full).
 */
public record CreditNote(String returnId, String creditNoteNumber, String creditNoteDate, String financialYear,
                         String originalInvoiceNumber, String originalInvoiceDate, ReturnReason reason, String note,
                         List<TaxedLine> lines, SaleTotals totals, boolean restocked, long udhaarCredit,
                         String customerId) {
}
