package dev.bahi.platform.kernel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A GST rate in percent. Only the rates the law knows are accepted: the current 0, 5, 18 and 40, the special
 * 0.1, 0.25, 1.5 and 3, and 12 and 28, which stay valid for older documents and their credit notes.
 */
public record GstRate(BigDecimal percent) {
    public static final List<BigDecimal> RATES = List.of("0", "0.1", "0.25", "1.5", "3", "5", "12", "18", "28", "40")
            .stream().map(BigDecimal::new).toList();

    public GstRate {
        if (!isKnown(percent)) {
            throw new RuleViolation("GST_RATE_INVALID", null, "'" + (percent == null ? null : percent.toPlainString())
                    + "' is not a GST rate; rates are " + RATES.stream().map(BigDecimal::toPlainString).toList());
        }
        percent = normalise(percent);
    }

    private static boolean isKnown(BigDecimal percent) {
        return percent != null && RATES.stream().anyMatch(rate -> rate.compareTo(percent) == 0);
    }

    public static GstRate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("GST_RATE_REQUIRED", null, "a GST rate in percent is required (0 for exempt goods)");
        }
        try {
            return new GstRate(new BigDecimal(raw.trim().replace("%", "")));
        } catch (NumberFormatException e) {
            throw new RuleViolation("GST_RATE_INVALID", null, "'" + raw + "' is not a GST rate");
        }
    }

    public static GstRate of(BigDecimal percent) {
        return new GstRate(percent);
    }

    /** "5" rather than "5.00", so that rates compare and print the way the GST portal writes them. */
    static BigDecimal normalise(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return percent.toPlainString();
    }
}
