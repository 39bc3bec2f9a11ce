package dev.bahi.notifications.domain;

import java.time.Duration;

/**
 * How transient failures are retried: the wait doubles from {@code initialDelay} after each failed attempt, never
 * beyond {@code maxDelay}, and after {@code maxAttempts} attempts the message has failed. An attempt that started
 * but never reported back (the sender stopped) may be taken over after {@code staleAfter}.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration staleAfter) {
    public RetryPolicy {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("the first retry waits more than nothing");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("the longest wait is at least the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a message is attempted at least once");
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("an attempt is taken over only after some time");
        }
    }

    /** The wait after attempt {@code attempt} (1-based) failed: initial × 2^(attempt−1), capped. */
    public Duration delayAfter(int attempt) {
        Duration delay = initialDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean exhaustedAfter(int attempt) {
        return attempt >= maxAttempts;
    }
}
