package dev.bahi.inventory.application;

import dev.bahi.inventory.api.ItemChanges;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.Unit;
import dev.bahi.inventory.application.port.in.ItemInput;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Turns items as clients send them into the domain's typed details, naming the field at fault. */
final class ItemInputs {
    private ItemInputs() {
    }

    static ItemDetails details(ItemInput in) {
        if (in == null) {
            throw new RuleViolation("ITEM_REQUIRED", null, "the item's details are required");
        }
        Long salePrice = money(in.salePrice(), "salePrice");
        if (salePrice == null) {
            throw new RuleViolation("SALE_PRICE_REQUIRED", "salePrice", "an item needs a sale price");
        }
        return new ItemDetails(in.sku(), in.name(), in.barcode(), in.hsn(), decimal(in.gstRate(), "gstRate"),
                decimal(in.cessRate(), "cessRate"), RuleViolation.at("unit", () -> Unit.parse(in.unit())), salePrice,
                in.priceIncludesTax() == null || in.priceIncludesTax(), money(in.mrp(), "mrp"),
                money(in.purchasePrice(), "purchasePrice"), decimal(in.minStock(), "minStock"));
    }

    static ItemChanges changes(ItemInput in) {
        if (in == null) {
            return new ItemChanges(null, null, null, null, null, null, null, null, null, null, null, Set.of());
        }
        if (in.sku() != null) {
            throw new RuleViolation("SKU_IMMUTABLE", "sku", "an item's SKU does not change; archive it and add a new one");
        }
        Set<String> cleared = new HashSet<>();
        clearIfEmpty(in.barcode(), "barcode", cleared);
        clearIfEmpty(in.cessRate(), "cessRate", cleared);
        clearIfEmpty(in.mrp(), "mrp", cleared);
        clearIfEmpty(in.purchasePrice(), "purchasePrice", cleared);
        return new ItemChanges(in.name(), blankToNull(in.barcode()), blankToNull(in.hsn()),
                decimal(in.gstRate(), "gstRate"), decimal(in.cessRate(), "cessRate"),
                in.unit() == null ? null : RuleViolation.at("unit", () -> Unit.parse(in.unit())),
                money(in.salePrice(), "salePrice"), in.priceIncludesTax(), money(in.mrp(), "mrp"),
                money(in.purchasePrice(), "purchasePrice"), decimal(in.minStock(), "minStock"), cleared);
    }

    static Long money(String rupees, String field) {
        return RuleViolation.at(field, () -> Money.paiseOrNull(rupees));
    }

    static BigDecimal decimal(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim().replace("%", ""));
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                throw new RuleViolation(code(field) + "_INVALID", field, "'" + raw + "' is far too large");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolation(code(field) + "_INVALID", field, "'" + raw + "' is not a number");
        }
    }

    private static String code(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static void clearIfEmpty(String value, String field, Set<String> cleared) {
        if (value != null && value.isBlank()) {
            cleared.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
