package dev.bahi.sales.api;

import java.math.BigDecimal;

/**
 * A sale line with its GST worked out, in paise: {@code gross} is quantity × unit price less the discount,
 * {@code taxableValue} the value tax is charged on, {@code total} what the buyer pays for the line.
 */
public record TaxedLine(int number, String itemId, String sku, String name, String hsn, String unit, String uqc,
                        BigDecimal quantity, long unitPrice, long discount, boolean priceIncludesTax,
                        BigDecimal gstRate, BigDecimal cessRate, long gross, long taxableValue, long cgst, long sgst,
                        long igst, long cess, long total) {
}
