package dev.bahi.identity.application;

import dev.bahi.platform.kernel.RuleViolation;
import java.util.function.Supplier;

/** Puts the JSON field at fault on violations raised by value types, which do not know where they came from. */
final class RuleViolations {
    private RuleViolations() {
    }

    static <T> T at(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation e) {
            throw e.field() == null ? new RuleViolation(e.code(), field, e.getMessage()) : e.under(field);
        }
    }
}
