package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.api.StockSummary;
import java.util.List;

/** The stock summary with quantities as decimals in each item's unit and values as rupees. */
public record StockSummaryResponse(String from, String to, List<Item> items, Totals totals) {
    /** One item: opening, in, out, closing quantities and their values at unitCost (absent without a cost). */
    public record Item(String itemId, String sku, String name, String unit, String opening, String in, String out,
                       String closing, String unitCost, String openingValue, String inValue, String outValue,
                       String closingValue) {
    }

    /** Values of every item with a cost. */
    public record Totals(int items, String openingValue, String inValue, String outValue, String closingValue) {
    }

    static StockSummaryResponse of(StockSummary s) {
        return new StockSummaryResponse(s.from(), s.to(), s.items().stream().map(r -> new Item(r.itemId(), r.sku(),
                r.name(), r.unit(), r.opening().toPlainString(), r.in().toPlainString(), r.out().toPlainString(),
                r.closing().toPlainString(), Money.formatOrNull(r.unitCost()), Money.formatOrNull(r.openingValue()),
                Money.formatOrNull(r.inValue()), Money.formatOrNull(r.outValue()),
                Money.formatOrNull(r.closingValue()))).toList(),
                new Totals(s.totals().items(), Money.format(s.totals().openingValue()),
                        Money.format(s.totals().inValue()), Money.format(s.totals().outValue()),
                        Money.format(s.totals().closingValue())));
    }
}
