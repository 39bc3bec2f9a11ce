package dev.bahi.platform.kernel;

/**
 * A retail barcode: EAN-13 (India's GS1 prefix is 890), UPC-A (12 digits) or EAN-8, with its check digit
 * verified, so that a mistyped code is caught at the counter instead of finding no item.
 */
public record Barcode(String code) {
    public Barcode {
        if (code == null || !code.matches("^(\\d{8}|\\d{12}|\\d{13})$")) {
            throw new RuleViolation("BARCODE_INVALID", null,
                    "'" + code + "' is not an EAN-13, UPC-A or EAN-8 barcode (13, 12 or 8 digits)");
        }
        if (!checkDigitMatches(code)) {
            throw new RuleViolation("BARCODE_CHECK_DIGIT", null, "the check digit of barcode '" + code + "' is wrong");
        }
    }

    public static Barcode parse(String raw) {
        return new Barcode(raw == null ? null : raw.trim());
    }

    /** GS1 mod-10: from the right, excluding the check digit, weights alternate 3, 1, 3, ... */
    static boolean checkDigitMatches(String code) {
        int sum = 0;
        int weight = 3;
        for (int i = code.length() - 2; i >= 0; i--) {
            sum += (code.charAt(i) - '0') * weight;
            weight = weight == 3 ? 1 : 3;
        }
        int check = (10 - sum % 10) % 10;
        return check == code.charAt(code.length() - 1) - '0';
    }

    @Override
    public String toString() {
        return code;
    }
}
