package dev.bahi.inventory.api;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A partial change to an item: null fields stay as they are; the optional fields named in {@code cleared}
 * ({@link #CLEARABLE}) are removed. The SKU is the item's identity at the counter and does not change.
 */
public record ItemChanges(
        String name,
        String barcode,
        String hsn,
        BigDecimal gstRate,
        BigDecimal cessRate,
        Unit unit,
        Long salePrice,
        Boolean priceIncludesTax,
        Long mrp,
        Long purchasePrice,
        BigDecimal minStock,
        Set<String> cleared) {
    public static final Set<String> CLEARABLE = Set.of("barcode", "cessRate", "mrp", "purchasePrice");

    public ItemChanges {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }
}
