package dev.bahi.platform.runtime.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets per key (a client address, a login): {@code attempts} per {@code period}, refilled smoothly. Keeps
 * at most {@code maxTracked} keys, forgetting the least recently used, so a flood of made-up logins cannot fill the
 * memory. Buckets live in this instance's memory: with N instances a client gets up to N times the allowance (the
 * account lock after wrong passwords, kept in the event store, holds across instances).
 */
public final class LoginThrottle {
    private final int attempts;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    public LoginThrottle(int attempts, Duration period, int maxTracked) {
        if (attempts < 1 || period == null || period.isZero() || period.isNegative() || maxTracked < 1) {
            throw new IllegalArgumentException("a throttle allows at least one attempt per positive period");
        }
        this.attempts = attempts;
        this.period = period;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxTracked;
            }
        });
    }

    /** Takes one attempt for {@code key}; answers empty when allowed, else the seconds until one is (at least 1). */
    public OptionalLong tryAttempt(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
