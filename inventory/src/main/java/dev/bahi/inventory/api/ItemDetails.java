package dev.bahi.inventory.api;

import java.math.BigDecimal;

/**
 * What the catalogue says about an item, as checked and normalised by the inventory domain. Money in paise;
 * {@code barcode}, {@code cessRate}, {@code mrp} and {@code purchasePrice} may be null; rates in percent.
 */
public record ItemDetails(
        String sku,
        String name,
        String barcode,
        String hsn,
        BigDecimal gstRate,
        BigDecimal cessRate,
        Unit unit,
        long salePrice,
        boolean priceIncludesTax,
        Long mrp,
        Long purchasePrice,
        BigDecimal minStock) {
}
