package dev.bahi.identity;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/** Matchers on event payloads whose instants come from the aggregate's own clock. */
public final class EventMatchers {
    private EventMatchers() {
    }

    /** A payload of {@code type} that satisfies {@code condition}; {@code what} says which, in failure messages. */
    public static <T> Matcher<Object> a(Class<T> type, String what, Predicate<T> condition) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return type.isInstance(actual) && condition.test(type.cast(actual));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " " + what);
            }
        };
    }

    /**
     * Exactly these payloads in this order. Axon's {@code exactSequenceOf} alone lets further events pass,
     * so {@code andNoMore()} closes the list.
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public static Matcher<List<Object>> exactly(Matcher<Object>... payloads) {
        List<Matcher<Object>> all = new ArrayList<>(List.of(payloads));
        all.add(andNoMore());
        return exactSequenceOf(all.toArray(Matcher[]::new));
    }
}
