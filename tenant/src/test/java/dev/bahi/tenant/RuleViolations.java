package dev.bahi.tenant;

import dev.bahi.platform.kernel.RuleViolation;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for the aggregate fixture's expectException. */
public final class RuleViolations {
    private RuleViolations() {
    }

    public static Matcher<RuleViolation> violation(String code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation v) {
                return code.equals(v.code()) && Objects.equals(field, v.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation " + code + " on " + field);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation v, Description description) {
                description.appendText("was " + v.code() + " on " + v.field() + ": " + v.getMessage());
            }
        };
    }

    public static <T extends Throwable> Matcher<T> withCode(Class<T> type, String code,
                                                            java.util.function.Function<T, String> codeOf) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(T e) {
                return code.equals(codeOf.apply(e));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with code " + code);
            }
        };
    }
}
