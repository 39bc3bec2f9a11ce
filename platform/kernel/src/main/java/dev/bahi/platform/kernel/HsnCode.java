package dev.bahi.platform.kernel;

import java.util.regex.Pattern;

/**
 * An HSN code for goods (4, 6 or 8 digits: heading, sub-heading, tariff item) or a SAC for services
 * (6 digits starting 99), as printed on GST invoices and summed in GSTR-1's HSN table.
 */
public record HsnCode(String code) {
    private static final Pattern GOODS = Pattern.compile("^(\\d{4}|\\d{6}|\\d{8})$");
    private static final Pattern SERVICES = Pattern.compile("^99\\d{4}$");

    public HsnCode {
        boolean valid = code != null
                && (code.startsWith("99") ? SERVICES.matcher(code).matches() : GOODS.matcher(code).matches());
        if (!valid) {
            throw new RuleViolation("HSN_INVALID", null,
                    "'" + code + "' is not an HSN code (4, 6 or 8 digits) or a SAC (6 digits starting 99)");
        }
        if (code.startsWith("00")) {
            throw new RuleViolation("HSN_INVALID", null, "'" + code + "' is not an HSN chapter (01 to 99)");
        }
    }

    /** Accepts spaces and dots people type between digit groups ("1101 00 00", "0902.10"). */
    public static HsnCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("HSN_REQUIRED", null, "an HSN code (or SAC for a service) is required");
        }
        return new HsnCode(raw.replace(" ", "").replace(".", ""));
    }

    /** Services carry a SAC, which starts with chapter 99. */
    public boolean isService() {
        return code.startsWith("99");
    }

    @Override
    public String toString() {
        return code;
    }
}
