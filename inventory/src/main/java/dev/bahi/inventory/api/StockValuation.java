package dev.bahi.inventory.api;

import java.util.List;

/**
 * Stock value at the latest purchase price: {@code totalValue} (paise) over every active item,
 * {@code itemCount} items, {@code unpricedItems} of which have stock but no purchase price, and one page of lines.
 */
public record StockValuation(long totalValue, long itemCount, long unpricedItems, List<ItemView> items,
                             String nextCursor) {
}
