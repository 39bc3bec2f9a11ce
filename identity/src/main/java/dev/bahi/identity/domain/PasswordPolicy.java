package dev.bahi.identity.domain;

import dev.bahi.platform.kernel.RuleViolation;
import java.util.Locale;
import java.util.Set;

/**
 * The minimum a password must meet: 8 to 128 characters, not one repeated character, not the login itself,
 * and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789",
            "1234567890", "qwertyuiop", "iloveyou", "11111111", "00000000", "abcd1234", "password@123",
            "admin123", "welcome1", "india123", "qwerty123");

    private PasswordPolicy() {
    }

    /** Throws a {@link RuleViolation} on field {@code field} when {@code password} is not acceptable. */
    public static void check(String password, String field, String... logins) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("PASSWORD_TOO_SHORT", field, "password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("PASSWORD_TOO_LONG", field, "password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().distinct().count() == 1 || COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("PASSWORD_TOO_WEAK", field, "password is too easy to guess");
        }
        for (String login : logins) {
            if (login != null && password.equalsIgnoreCase(login)) {
                throw new RuleViolation("PASSWORD_TOO_WEAK", field, "password must not be the login");
            }
        }
    }
}
