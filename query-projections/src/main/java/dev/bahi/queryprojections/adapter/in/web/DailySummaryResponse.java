package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.api.DailySummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A day's summary as JSON: amounts as rupee strings ("1234.50"), quantities as decimal strings ("2.5"). */
@Schema(description = "One business date of the shop at a glance")
public record DailySummaryResponse(
        @Schema(example = "2026-11-25") String date,
        @Schema(description = "sales recorded that day, cancelled ones left out", example = "42") int salesCount,
        @Schema(description = "sum of their grand totals (after discounts, with GST, rounded)", example = "18450.00")
        String gross,
        @Schema(description = "line discounts given (already off gross)", example = "120.00") String discounts,
        @Schema(example = "16880.95") String taxableValue,
        @Schema(example = "784.52") String cgst,
        @Schema(example = "784.53") String sgst,
        @Schema(example = "0.00") String igst,
        @Schema(example = "0.00") String cess,
        @Schema(description = "credit notes dated that day", example = "1") int returnsCount,
        @Schema(description = "sum of those credit notes' grand totals", example = "285.00") String returns,
        @Schema(description = "gross less returns", example = "18165.00") String net,
        @Schema(description = "money received that day by method (CASH, UPI, CARD, BANK_TRANSFER), less refunds",
                example = "{\"UPI\":\"9200.00\",\"CASH\":\"7850.00\",\"CARD\":\"1115.00\",\"BANK_TRANSFER\":\"0.00\"}")
        Map<String, String> collections,
        @Schema(description = "all methods together", example = "18165.00") String collected,
        @Schema(description = "udhaar charged on credit sales", example = "570.00") String creditGiven,
        @Schema(description = "udhaar repaid (also part of collections)", example = "300.00") String creditCollected,
        @Schema(description = "best sellers by amount, at most 5") List<TopItem> topItems,
        @Schema(description = "items that fell to or below their minimum stock that day") List<LowStockItem> wentLowOnStock) {

    /** One best seller. */
    public record TopItem(String itemId, @Schema(example = "Aashirvaad Atta 5 kg") String name,
                          @Schema(example = "12") String quantity, @Schema(example = "PCS") String unit,
                          @Schema(example = "3420.00") String amount) {
    }

    /** One item that went low on stock. */
    public record LowStockItem(String itemId, @Schema(example = "ATTA-5KG") String sku,
                               @Schema(example = "Aashirvaad Atta 5 kg") String name,
                               @Schema(example = "8") String onHand, @Schema(example = "10") String minStock,
                               @Schema(example = "PCS") String unit) {
    }

    static DailySummaryResponse of(DailySummary s) {
        Map<String, String> collections = new LinkedHashMap<>();
        s.collections().forEach((method, paise) -> collections.put(method, Money.format(paise)));
        return new DailySummaryResponse(s.date(), s.salesCount(), Money.format(s.gross()),
                Money.format(s.discounts()), Money.format(s.taxableValue()), Money.format(s.cgst()),
                Money.format(s.sgst()), Money.format(s.igst()), Money.format(s.cess()), s.returnsCount(),
                Money.format(s.returns()), Money.format(s.net()), collections, Money.format(s.collected()),
                Money.format(s.creditGiven()), Money.format(s.creditCollected()),
                s.topItems().stream().map(i -> new TopItem(i.itemId(), i.name(), text(i.quantity()), i.unit(),
                        Money.format(i.amount()))).toList(),
                s.wentLowOnStock().stream().map(i -> new LowStockItem(i.itemId(), i.sku(), i.name(),
                        text(i.onHand()), text(i.minStock()), i.unit())).toList());
    }

    private static String text(BigDecimal quantity) {
        return quantity == null ? null : quantity.toPlainString();
    }
}
