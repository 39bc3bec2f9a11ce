package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.RuleViolation;
import java.math.BigDecimal;

/**
 * The unit an item is stocked and sold in, with the UQC the GST returns print for it. Units of one
 * {@link Dimension} convert into each other (250 G of a KG item is 0.250 KG); counted units only convert
 * to themselves and take whole numbers.
 */
public enum Unit {
    PCS(Dimension.COUNT, "1", "PCS"),
    NOS(Dimension.COUNT, "1", "NOS"),
    BOX(Dimension.COUNT, "1", "BOX"),
    PACK(Dimension.COUNT, "1", "PAC"),
    DOZEN(Dimension.COUNT, "1", "DOZ"),
    BOTTLE(Dimension.COUNT, "1", "BTL"),
    BAG(Dimension.COUNT, "1", "BAG"),
    SET(Dimension.COUNT, "1", "SET"),
    PAIR(Dimension.COUNT, "1", "PRS"),
    STRIP(Dimension.COUNT, "1", "OTH"),
    KG(Dimension.MASS, "1000", "KGS"),
    G(Dimension.MASS, "1", "GMS"),
    QTL(Dimension.MASS, "100000", "QTL"),
    L(Dimension.VOLUME, "1000", "LTR"),
    ML(Dimension.VOLUME, "1", "MLT"),
    M(Dimension.LENGTH, "100", "MTR"),
    CM(Dimension.LENGTH, "1", "CMS");

    /** What a unit measures; only units of the same dimension convert. */
    public enum Dimension { COUNT, MASS, VOLUME, LENGTH }

    private final Dimension dimension;
    private final BigDecimal baseUnits;
    private final String uqc;

    Unit(Dimension dimension, String baseUnits, String uqc) {
        this.dimension = dimension;
        this.baseUnits = new BigDecimal(baseUnits);
        this.uqc = uqc;
    }

    /** A unit by its name or its UQC, in any case ("kg", "KGS"); unknown units are refused. */
    public static Unit parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("UNIT_REQUIRED", null, "a unit is required, one of " + java.util.List.of(values()));
        }
        String wanted = raw.trim().toUpperCase(java.util.Locale.ROOT);
        for (Unit unit : values()) {
            if (unit.name().equals(wanted) || (!unit.uqc.equals("OTH") && unit.uqc.equals(wanted))) {
                return unit;
            }
        }
        throw new RuleViolation("UNIT_UNKNOWN", null,
                "'" + raw + "' is not a unit Bahi knows; units are " + java.util.List.of(values()));
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The unit quantity code of the GST returns (GSTR-1 HSN summary). */
    public String uqc() {
        return uqc;
    }

    public boolean isCounted() {
        return dimension == Dimension.COUNT;
    }

    public boolean convertsTo(Unit other) {
        return this == other || (dimension != Dimension.COUNT && dimension == other.dimension);
    }

    /** {@code quantity} of this unit expressed in {@code target}; only call when {@link #convertsTo} holds. */
    public BigDecimal convert(BigDecimal quantity, Unit target) {
        if (this == target) {
            return quantity;
        }
        return quantity.multiply(baseUnits).divide(target.baseUnits);
    }
}
