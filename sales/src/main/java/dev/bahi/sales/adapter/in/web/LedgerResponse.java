package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A customer's khata for a range of business dates: balance before it, every entry with its running balance, balance after. */
@Schema(name = "Ledger")
public record LedgerResponse(
        String customerId,
        @Schema(example = "2026-11-01") String from,
        @Schema(example = "2026-11-30") String to,
        @Schema(example = "0.00") String openingBalance,
        @Schema(example = "1250.00") String closingBalance,
        List<Entry> entries) {

    /** One khata line; exactly one of debit (owed more) and credit (owed less) is above zero. */
    @Schema(name = "LedgerEntry")
    public record Entry(
            @Schema(example = "0193c0de-4b1a-7c1a-9f3b-2a6d8e4c1b07:3") String id,
            @Schema(example = "3", description = "the khata's entries are numbered 1, 2, 3, ...") long sequence,
            @Schema(example = "2026-11-24", description = "the shop's business date") String date,
            @Schema(example = "CREDIT_SALE", description = "OPENING_BALANCE, CREDIT_SALE, REPAYMENT, RETURN, ADJUSTMENT, REPAYMENT_REFUNDED or SALE_CANCELLED") String kind,
            @Schema(example = "INV/25-26/000123") String reference,
            @Schema(example = "1250.00") String debit,
            @Schema(example = "0.00") String credit,
            @Schema(example = "1250.00") String balance,
            @Schema(description = "an adjustment's reason, a repayment's method") String note,
            @Schema(description = "who allowed a credit sale over the limit") String overriddenBy,
            String saleId,
            Instant recordedAt) {
    }
}
