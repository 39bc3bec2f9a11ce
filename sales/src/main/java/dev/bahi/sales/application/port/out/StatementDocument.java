package dev.bahi.sales.application.port.out;

import java.util.List;

/**
 * Everything printed on a customer's khata statement for a period, already formatted for people: money as
 * Indian-grouped rupees ("1,23,456.50", negative with a minus: an advance), dates as dd-MM-yyyy. The renderer only
 * lays it out; null optional fields are left off the page.
 *
 * <p>{@code lines} are the khata's entries in the period, oldest first, each with the balance after it; a debit
 * (owed more) or a credit (owed less) that is nothing is null, so that its cell stays empty. The opening balance is
 * what was owed before the first line, the closing balance what was owed after the last:
 * opening + total debit - total credit = closing. {@code amountDueInWords} and the UPI QR go with a positive
 * closing balance only.
 */
public record StatementDocument(
        Shop shop,
        Customer customer,
        String period,
        String generatedOn,
        String openingBalance,
        List<Line> lines,
        String totalDebit,
        String totalCredit,
        String closingBalance,
        String amountDueInWords,
        byte[] upiQrPng,
        String upiNote) {

    /** The shop, as its letterhead prints it. */
    public record Shop(String name, String legalName, List<String> address, String gstin, String phone) {
    }

    /** Whose khata it is. */
    public record Customer(String name, String phone, String address, String gstin) {
    }

    /** One khata entry: {@code particulars} is what it was in words with its reference ("Credit sale INV/25-26/7"). */
    public record Line(String date, String particulars, String debit, String credit, String balance) {
    }
}
