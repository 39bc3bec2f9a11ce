package dev.bahi.sales.api;

import java.math.BigDecimal;

/**
 * One line of a sale as priced at the counter, before tax: the item's catalogue facts at the time of sale
 * (never re-read later), the quantity in the item's unit, the unit price and a discount in paise.
 */
public record PricedLine(String itemId, String sku, String name, String hsn, String unit, String uqc,
                         BigDecimal quantity, long unitPrice, long discount, boolean priceIncludesTax,
                         BigDecimal gstRate, BigDecimal cessRate) {
}
