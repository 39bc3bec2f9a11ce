package dev.bahi.platform.kernel;

/**
 * What a person types to log in: an e-mail address or a phone number, normalised (lower-case e-mail,
 * E.164 phone) so that "9812345678", "+91 98123 45678" and "+919812345678" are one login.
 */
public record Login(String value) {
    public Login {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("LOGIN_INVALID", null, "login is empty");
        }
    }

    public static Login parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("LOGIN_INVALID", null, "login is empty");
        }
        if (raw.contains("@")) {
            return new Login(EmailAddress.parse(raw).value());
        }
        return new Login(PhoneNumber.parse(raw).e164());
    }

    public static Login of(EmailAddress email) {
        return new Login(email.value());
    }

    public static Login of(PhoneNumber phone) {
        return new Login(phone.e164());
    }

    @Override
    public String toString() {
        return value;
    }
}
