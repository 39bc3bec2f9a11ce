package dev.bahi.platform.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that it compares as people expect. */
public record EmailAddress(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("EMAIL_INVALID", null, "'" + value + "' is not an e-mail address");
        }
    }

    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.trim().toLowerCase(Locale.ROOT));
    }

    /** The address as it will be kept, or null when none was typed (null or blank). */
    public static String normalised(String raw) {
        return raw == null || raw.isBlank() ? null : parse(raw).value();
    }

    @Override
    public String toString() {
        return value;
    }
}
