package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/**
 * One line of a customer's khata: {@code debit} adds to what they owe, {@code credit} takes off (paise, one of the
 * two is zero), {@code balance} is what they owe afterwards. {@code sequence} numbers the account's entries;
 * {@code overriddenBy} names who allowed a credit sale over the limit.
 */
public record LedgerEntryRecorded(String tenantId, String customerId, String entryId, long sequence,
                                  LedgerEntryKind kind, long debit, long credit, long balance, String saleId,
                                  String reference, String note, String overriddenBy, String businessDate,
                                  Instant recordedAt)
        implements TenantScoped {
}
