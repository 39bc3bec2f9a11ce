package dev.bahi.platform.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rupee amounts as the API shows them ("1180.00") and as events keep them (integer paise). Parsing refuses
 * more than two decimals rather than rounding, so that a client's amount is never silently changed.
 */
public final class Money {
    /** ₹1,000 crore: far above any one shop's bill, far below what a {@code long} of paise can hold. */
    public static final long MAX_PAISE = 1_000_000_000_000L;

    private Money() {
    }

    /** Paise from a rupee string such as "285", "285.5" or "285.50"; null for null or blank. */
    public static Long paiseOrNull(String rupees) {
        if (rupees == null || rupees.isBlank()) {
            return null;
        }
        return paise(rupees);
    }

    /** Paise from a rupee string; a non-number, more than two decimals, a negative or a huge amount is refused. */
    public static long paise(String rupees) {
        if (rupees == null || rupees.isBlank()) {
            throw new RuleViolation("AMOUNT_REQUIRED", null, "an amount in rupees is required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(rupees.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation("AMOUNT_INVALID", null, "'" + rupees + "' is not an amount in rupees");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("AMOUNT_INVALID", null, "an amount has at most two decimals (paise)");
        }
        if (amount.signum() < 0) {
            throw new RuleViolation("AMOUNT_NEGATIVE", null, "an amount may not be negative");
        }
        BigDecimal paise = amount.movePointRight(2);
        if (paise.compareTo(BigDecimal.valueOf(MAX_PAISE)) > 0) {
            throw new RuleViolation("AMOUNT_TOO_LARGE", null, "an amount may be at most ₹" + format(MAX_PAISE));
        }
        return paise.longValueExact();
    }

    /** "1234.50" for 123450 paise; negative amounts keep their sign ("-0.22"). */
    public static String format(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }

    public static String formatOrNull(Long paise) {
        return paise == null ? null : format(paise);
    }

    /** {@code quantity × unitPaise}, rounded half-up to the paisa. */
    public static long times(BigDecimal quantity, long unitPaise) {
        return quantity.multiply(BigDecimal.valueOf(unitPaise)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
