package dev.bahi.platform.runtime.testing;

import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Hamcrest matchers on the stable codes the kernel's exceptions carry ({@link RuleViolation}, {@link StateConflict},
 * {@link NotFound}, {@link AccessRefused}), for the aggregate fixture's {@code expectException}.
 */
public final class ErrorCodeMatchers {
    private ErrorCodeMatchers() {
    }

    /** A {@link RuleViolation} with this code on this field. */
    public static Matcher<RuleViolation> violation(String code, String field) {
        return new TypeSafeMatcher<>(RuleViolation.class) {
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

    /** An exception of exactly {@code type} (or a subclass) carrying {@code code}. */
    public static <T extends RuntimeException> Matcher<T> withCode(Class<T> type, String code) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(T e) {
                return code.equals(codeOf(e));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " with code " + code);
            }

            @Override
            protected void describeMismatchSafely(T e, Description description) {
                description.appendText("was " + e.getClass().getSimpleName() + " " + codeOf(e) + ": " + e.getMessage());
            }
        };
    }

    /** The code of any of the kernel's coded exceptions, or null. */
    public static String codeOf(Throwable e) {
        if (e instanceof RuleViolation v) {
            return v.code();
        }
        if (e instanceof StateConflict c) {
            return c.code();
        }
        if (e instanceof NotFound n) {
            return n.code();
        }
        if (e instanceof AccessRefused r) {
            return r.code();
        }
        return null;
    }
}
