package dev.bahi.identity.domain;

import java.time.Duration;
import java.time.Instant;

/** After {@link #MAX_FAILURES} wrong passwords in a row, a user is locked out for {@link #LOCKOUT}. */
public final class LockoutPolicy {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    static boolean locksOut(int consecutiveFailures) {
        return consecutiveFailures >= MAX_FAILURES;
    }

    static Instant lockedUntil(Instant failedAt) {
        return failedAt.plus(LOCKOUT);
    }
}
