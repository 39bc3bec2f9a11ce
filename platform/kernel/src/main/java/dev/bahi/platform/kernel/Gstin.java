package dev.bahi.platform.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GST identification number: state code, PAN, entity number, 'Z' and a mod-36 check character.
 * Construction validates format, state code and check character.
 */
public record Gstin(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z0-9][0-9A-Z]$");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public Gstin {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("GSTIN_INVALID", null, "GSTIN must be 15 characters: state code, PAN, entity number, Z, check character");
        }
        if (!StateCode.isValid(value.substring(0, 2))) {
            throw new RuleViolation("GSTIN_INVALID", null, "GSTIN starts with an unknown state code " + value.substring(0, 2));
        }
        if (checkCharacter(value.substring(0, 14)) != value.charAt(14)) {
            throw new RuleViolation("GSTIN_INVALID", null, "GSTIN check character does not match");
        }
    }

    /** Parses a GSTIN as typed by a person: surrounding blanks and lower case are forgiven. */
    public static Gstin parse(String raw) {
        return new Gstin(raw == null ? null : raw.trim().toUpperCase(Locale.ROOT));
    }

    static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int p = ALPHABET.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += p / 36 + p % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    public StateCode stateCode() {
        return new StateCode(value.substring(0, 2));
    }

    public String pan() {
        return value.substring(2, 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
