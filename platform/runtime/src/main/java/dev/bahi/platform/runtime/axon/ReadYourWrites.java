package dev.bahi.platform.runtime.axon;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a tracking projection for something the caller proves exists (their own user, their own shop: a
 * valid token names them). A miss can then only be the projection catching up, so the read is retried
 * briefly instead of answering "not found" for something that was just created.
 */
public final class ReadYourWrites {
    /** Long enough for a tracking projection to see an event it has just been told about. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 20;

    private ReadYourWrites() {
    }

    public static <T> Optional<T> await(Supplier<Optional<T>> read, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Optional<T> value = read.get();
        while (value.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
