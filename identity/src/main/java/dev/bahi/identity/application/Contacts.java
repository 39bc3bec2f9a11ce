package dev.bahi.identity.application;

import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.PhoneNumber;

/** Optional contact details as typed: blank means none; anything else must be a valid address or number. */
final class Contacts {
    private Contacts() {
    }

    /** The normalised e-mail address, or null when none was given; a violation names {@code field}. */
    static String email(String field, String raw) {
        return raw == null || raw.isBlank() ? null : RuleViolations.at(field, () -> EmailAddress.parse(raw)).value();
    }

    /** The phone number in E.164, or null when none was given; a violation names {@code field}. */
    static String phone(String field, String raw) {
        return raw == null || raw.isBlank() ? null : RuleViolations.at(field, () -> PhoneNumber.parse(raw)).e164();
    }
}
