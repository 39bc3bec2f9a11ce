package dev.bahi.inventory.domain;

import dev.bahi.inventory.api.ItemChanges;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.platform.kernel.Barcode;
import dev.bahi.platform.kernel.GstRate;
import dev.bahi.platform.kernel.HsnCode;
import dev.bahi.platform.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The catalogue's rules for an item's details: SKU format, HSN/SAC, the GST rates the law knows, a valid
 * barcode, sale price not above MRP, minimum stock in the item's unit. Answers the details normalised.
 */
public final class ItemPolicy {
    static final Pattern SKU = Pattern.compile("^[A-Z0-9][A-Z0-9._/-]{0,39}$");
    static final int MAX_NAME_LENGTH = 200;
    static final BigDecimal MAX_CESS_RATE = new BigDecimal("100");

    private ItemPolicy() {
    }

    /** SKUs are matched without regard to case or surrounding blanks: "atta-5kg" is "ATTA-5KG". */
    public static String sku(String raw) {
        String sku = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (sku.isEmpty()) {
            throw new RuleViolation("SKU_REQUIRED", "sku", "an item needs a SKU code");
        }
        if (!SKU.matcher(sku).matches()) {
            throw new RuleViolation("SKU_INVALID", "sku",
                    "a SKU has 1 to 40 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
        return sku;
    }

    public static ItemDetails normalise(ItemDetails raw) {
        if (raw == null) {
            throw new RuleViolation("ITEM_REQUIRED", null, "the item's details are required");
        }
        if (raw.unit() == null) {
            throw new RuleViolation("UNIT_REQUIRED", "unit", "an item needs a unit");
        }
        String name = raw.name() == null ? "" : raw.name().trim();
        if (name.isEmpty()) {
            throw new RuleViolation("NAME_REQUIRED", "name", "an item needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("NAME_TOO_LONG", "name", "a name has at most " + MAX_NAME_LENGTH + " characters");
        }
        String barcode = raw.barcode() == null || raw.barcode().isBlank() ? null
                : RuleViolation.at("barcode", () -> Barcode.parse(raw.barcode())).code();
        String hsn = RuleViolation.at("hsn", () -> HsnCode.parse(raw.hsn())).code();
        if (raw.gstRate() == null) {
            throw new RuleViolation("GST_RATE_REQUIRED", "gstRate", "a GST rate in percent is required (0 when exempt)");
        }
        BigDecimal gstRate = RuleViolation.at("gstRate", () -> GstRate.of(raw.gstRate())).percent();
        BigDecimal cessRate = cessRate(raw.cessRate());
        if (raw.salePrice() <= 0) {
            throw new RuleViolation("SALE_PRICE_REQUIRED", "salePrice", "an item needs a sale price above zero");
        }
        if (raw.mrp() != null && raw.mrp() <= 0) {
            throw new RuleViolation("MRP_INVALID", "mrp", "an MRP must be above zero");
        }
        if (raw.mrp() != null && raw.salePrice() > raw.mrp()) {
            throw new RuleViolation("SALE_PRICE_ABOVE_MRP", "salePrice", "the sale price may not exceed the MRP");
        }
        if (raw.purchasePrice() != null && raw.purchasePrice() < 0) {
            throw new RuleViolation("PURCHASE_PRICE_INVALID", "purchasePrice", "a purchase price may not be negative");
        }
        BigDecimal minStock = raw.minStock() == null ? BigDecimal.ZERO : raw.minStock();
        if (minStock.signum() < 0) {
            throw new RuleViolation("MIN_STOCK_NEGATIVE", "minStock", "the minimum stock may not be negative");
        }
        minStock = Quantities.check(minStock, raw.unit(), "minStock");
        return new ItemDetails(sku(raw.sku()), name, barcode, hsn, gstRate, cessRate, raw.unit(), raw.salePrice(),
                raw.priceIncludesTax(), raw.mrp(), raw.purchasePrice(), minStock);
    }

    /** The current details with {@code changes} applied, then checked as a whole (a new MRP against the price). */
    public static ItemDetails merge(ItemDetails current, ItemChanges changes) {
        if (changes == null) {
            return current;
        }
        for (String field : changes.cleared()) {
            if (!ItemChanges.CLEARABLE.contains(field)) {
                throw new RuleViolation("FIELD_NOT_CLEARABLE", field, field + " cannot be removed from an item");
            }
        }
        return normalise(new ItemDetails(
                current.sku(),
                pick(changes.name(), current.name()),
                changes.cleared().contains("barcode") ? null : pick(changes.barcode(), current.barcode()),
                pick(changes.hsn(), current.hsn()),
                pick(changes.gstRate(), current.gstRate()),
                changes.cleared().contains("cessRate") ? null : pick(changes.cessRate(), current.cessRate()),
                pick(changes.unit(), current.unit()),
                pick(changes.salePrice(), current.salePrice()),
                pick(changes.priceIncludesTax(), current.priceIncludesTax()),
                changes.cleared().contains("mrp") ? null : pick(changes.mrp(), current.mrp()),
                changes.cleared().contains("purchasePrice") ? null : pick(changes.purchasePrice(), current.purchasePrice()),
                pick(changes.minStock(), current.minStock())));
    }

    private static BigDecimal cessRate(BigDecimal raw) {
        if (raw == null || raw.signum() == 0) {
            return null;
        }
        if (raw.signum() < 0 || raw.compareTo(MAX_CESS_RATE) > 0 || raw.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("CESS_RATE_INVALID", "cessRate",
                    "a compensation cess rate is a percentage above 0 and at most 100, with at most two decimals");
        }
        BigDecimal stripped = raw.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
