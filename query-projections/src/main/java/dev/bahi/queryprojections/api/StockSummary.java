package dev.bahi.queryprojections.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Stock per item over a period: what there was at its start ({@code opening}), what came in (receipts, returns,
 * counts up), what went out (sales, write-offs, counts down) and what there was at its end ({@code closing}), in the
 * item's unit. Values (paise) are at {@code unitCost}, the latest purchase price known at the end of the period (the
 * stock valuation's method), so opening + in − out = closing holds for values as for quantities (to the paisa for whole quantities); null
 * without one.
 */
public record StockSummary(String tenantId, String from, String to, List<Row> items, Totals totals) {
    public StockSummary {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item over the period. */
    public record Row(String itemId, String sku, String name, String unit, BigDecimal opening, BigDecimal in,
                      BigDecimal out, BigDecimal closing, Long unitCost, Long openingValue, Long inValue,
                      Long outValue, Long closingValue) {
    }

    /** The values of every item that has a cost. */
    public record Totals(int items, long openingValue, long inValue, long outValue, long closingValue) {
    }
}
