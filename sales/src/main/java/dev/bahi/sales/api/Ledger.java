package dev.bahi.sales.api;

import java.util.List;

/** A customer's khata for a range: balance before it, every entry in it with its running balance, balance after. */
public record Ledger(String customerId, String from, String to, long openingBalance, long closingBalance,
                     List<LedgerEntryView> entries) {
}
