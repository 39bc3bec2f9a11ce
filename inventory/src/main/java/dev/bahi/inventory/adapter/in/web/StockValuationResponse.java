package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The shop's stock at the latest purchase prices: totals over every active item and one page of lines. */
@Schema(name = "StockValuation")
public record StockValuationResponse(
        @Schema(example = "184250.00") String totalValue,
        long itemCount,
        @Schema(description = "items with stock but no purchase price, valued at zero") long unpricedItems,
        List<Line> items,
        String nextCursor) {
    /** One item's quantity and value. */
    public record Line(String id, String sku, String name, String onHand, String unit, String purchasePrice,
                       String value) {
    }
}
