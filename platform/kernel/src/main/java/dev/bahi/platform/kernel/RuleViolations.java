package dev.bahi.platform.kernel;

import java.util.List;

/**
 * Many violations found in one request (the rows of an import), reported together so that the caller can
 * fix them all at once. The first one gives the code and field; every one is listed in {@link #violations()}.
 */
public class RuleViolations extends RuleViolation {
    /** One violation; {@code row} is the 1-based line of the input it was found on, null when not row-based. */
    public record Violation(Integer row, String code, String field, String detail) {
    }

    private final List<Violation> violations;

    public RuleViolations(String code, String message, List<Violation> violations) {
        super(code, violations.isEmpty() ? null : violations.get(0).field(), message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
