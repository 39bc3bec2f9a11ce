package dev.bahi.platform.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** A phone number in E.164 form; numbers typed without a country code are taken as Indian. */
public record PhoneNumber(String e164) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("^\\+[1-9][0-9]{6,14}$")) {
            throw new RuleViolation("PHONE_INVALID", null, "phone number must be in E.164 form");
        }
    }

    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("PHONE_INVALID", null, "phone number is empty");
        }
        try {
            var parsed = UTIL.parse(raw.trim(), "IN");
            if (!UTIL.isValidNumber(parsed)) {
                throw new RuleViolation("PHONE_INVALID", null, "'" + raw + "' is not a valid phone number");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new RuleViolation("PHONE_INVALID", null, "'" + raw + "' is not a phone number");
        }
    }

    /** The number in E.164, or null when none was typed (null or blank). */
    public static String normalised(String raw) {
        return raw == null || raw.isBlank() ? null : parse(raw).e164();
    }

    @Override
    public String toString() {
        return e164;
    }
}
