package dev.bahi.queryprojections.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One business date of a shop (yyyy-MM-dd in its time zone) at a glance. Amounts are paise.
 *
 * <ul>
 *   <li>{@code salesCount}: sales recorded that day and not cancelled since (a cancelled sale drops out of the day
 *       it was recorded, whenever it is cancelled).</li>
 *   <li>{@code gross}: sum of those sales' grand totals: after line discounts, with GST and cess, after the
 *       round-off; what the buyers were billed.</li>
 *   <li>{@code discounts}: sum of the line discounts given on those sales (already taken off {@code gross}).</li>
 *   <li>{@code taxableValue}, {@code cgst}, {@code sgst}, {@code igst}, {@code cess}: sums of those sales' taxable
 *       values and taxes (outward supplies of the day; returns do not reduce them).</li>
 *   <li>{@code returnsCount}, {@code returns}: credit notes dated that day and the sum of their grand totals, whatever
 *       day the sale was.</li>
 *   <li>{@code net}: {@code gross - returns}.</li>
 *   <li>{@code collections}: money that came in that day by payment method (every method of the payments context,
 *       zero included), less refunds given back that day on payments of that method. Every rupee once: a counter
 *       sale's cash, UPI or card parts count through the payments the payments context records for them
 *       ({@code recordedBy "counter"}), repayments and payments against a sale's due as recorded; a payment counts
 *       when it succeeded (the day recorded, or the day a pending one was confirmed), pending and failed payments not
 *       at all. The counter payments of a cancelled sale (and their refunds) are left out: the money went back with
 *       the bill. Cash handed back for a return is in {@code returns}, not here, unless recorded as a refund.</li>
 *   <li>{@code creditGiven}: udhaar charged that day: the credit parts of that day's sales ({@code CREDIT_SALE}
 *       khata entries), cancelled sales left out.</li>
 *   <li>{@code creditCollected}: udhaar repaid that day ({@code REPAYMENT} khata entries less
 *       {@code REPAYMENT_REFUNDED} ones); the same money is also in {@code collections}, never added to it. Returns
 *       credited to a khata, opening balances and adjustments are in neither.</li>
 *   <li>{@code topItems}: the day's best sellers by amount (the lines' totals, tax included) over the sales counted,
 *       at most {@value #TOP_ITEMS}, largest first.</li>
 *   <li>{@code wentLowOnStock}: items whose stock fell to or below their minimum that day (one per item, as it stood
 *       at its last crossing of the day), by name; an item refilled later that day stays listed.</li>
 * </ul>
 */
public record DailySummary(String tenantId, String date, int salesCount, long gross, long discounts,
                           long taxableValue, long cgst, long sgst, long igst, long cess, int returnsCount,
                           long returns, long net, Map<String, Long> collections, long creditGiven,
                           long creditCollected, List<TopItem> topItems, List<LowStockItem> wentLowOnStock) {
    /** How many best sellers a day lists. */
    public static final int TOP_ITEMS = 5;

    public DailySummary {
        collections = collections == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(collections));
        topItems = topItems == null ? List.of() : List.copyOf(topItems);
        wentLowOnStock = wentLowOnStock == null ? List.of() : List.copyOf(wentLowOnStock);
    }

    /** Everything that came in that day, all methods together (paise). */
    public long collected() {
        return collections.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One item sold that day: the quantity in its unit and what it was billed for (paise, tax included). */
    public record TopItem(String itemId, String name, BigDecimal quantity, String unit, long amount) {
    }

    /** One item that went low on stock that day, with its stock and minimum as they stood then. */
    public record LowStockItem(String itemId, String sku, String name, BigDecimal onHand, BigDecimal minStock,
                               String unit) {
    }
}
