package dev.bahi.sales.api;

import java.time.Instant;

/** One khata line as statements print it; {@code date} is the business date (yyyy-MM-dd). */
public record LedgerEntryView(String entryId, long sequence, String date, LedgerEntryKind kind, long debit,
                              long credit, long balance, String saleId, String reference, String note,
                              String overriddenBy, Instant recordedAt) {
}
