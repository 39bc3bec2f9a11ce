package dev.bahi.inventory.domain;

import dev.bahi.inventory.api.Unit;
import dev.bahi.platform.kernel.RuleViolation;
import java.math.BigDecimal;

/**
 * Quantities in an item's unit: converted from a compatible unit, at most three decimals (grams of a KG item),
 * whole numbers for counted units, and far from anything that could overflow a report.
 */
public final class Quantities {
    static final int MAX_SCALE = 3;
    static final BigDecimal MAX = new BigDecimal("1000000000");

    private Quantities() {
    }

    /** {@code quantity} given in {@code given} (null: the item's unit), expressed in {@code itemUnit}. */
    public static BigDecimal inItemUnit(BigDecimal quantity, Unit given, Unit itemUnit, String field) {
        if (quantity == null) {
            throw new RuleViolation("QUANTITY_REQUIRED", field, "a quantity is required");
        }
        Unit from = given == null ? itemUnit : given;
        if (!from.convertsTo(itemUnit)) {
            throw new RuleViolation("UNIT_INCOMPATIBLE", "unit",
                    "the item is kept in " + itemUnit + "; a quantity in " + from + " cannot be converted to it");
        }
        return check(from.convert(quantity, itemUnit), itemUnit, field);
    }

    /** Checks a quantity already in {@code unit} and strips trailing zeros ("0.250" becomes "0.25"). */
    public static BigDecimal check(BigDecimal quantity, Unit unit, String field) {
        BigDecimal normal = plain(quantity);
        if (normal.abs().compareTo(MAX) > 0) {
            throw new RuleViolation("QUANTITY_TOO_LARGE", field, "a quantity may be at most " + MAX.toPlainString());
        }
        if (normal.scale() > MAX_SCALE) {
            throw new RuleViolation("QUANTITY_TOO_PRECISE", field,
                    "a quantity has at most " + MAX_SCALE + " decimals in " + unit);
        }
        if (unit.isCounted() && normal.scale() > 0) {
            throw new RuleViolation("QUANTITY_NOT_WHOLE", field, unit + " are counted in whole numbers");
        }
        return normal;
    }

    /** Without trailing zeros and never in exponent form: "142.5", "40", "0". */
    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
