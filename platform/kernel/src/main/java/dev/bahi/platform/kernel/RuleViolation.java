package dev.bahi.platform.kernel;

/**
 * Something about the input breaks a rule of the shop's domain. Carries a stable machine-readable
 * code and, where one field is at fault, its JSON path; the web layer turns it into a 400/422 problem.
 */
public class RuleViolation extends IllegalArgumentException {
    private final String code;
    private final String field;

    public RuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /**
     * Runs {@code parse} (typically a value type's {@code parse}) and reports any violation against
     * {@code field}, since value types do not know where in a request their input came from.
     */
    public static <T> T at(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation e) {
            throw e.under(field);
        }
    }

    /** The same violation reported against a field nested under {@code prefix}. */
    public RuleViolation under(String prefix) {
        return new RuleViolation(code, field == null ? prefix : prefix + "." + field, getMessage());
    }
}
