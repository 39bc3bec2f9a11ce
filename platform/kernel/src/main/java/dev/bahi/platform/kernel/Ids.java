package dev.bahi.platform.kernel;

import java.security.SecureRandom;
import java.util.UUID;

/** Globally unique, time-ordered identifiers (UUIDv7, RFC 9562) for aggregates and documents. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return uuid7(System.currentTimeMillis()).toString();
    }

    /**
     * An id shaped like {@link #newId()} (time-ordered by {@code at}) whose other bits come from {@code name}: the
     * same name and instant always give the same id, so something triggered twice is named once.
     */
    public static String derived(String name, java.time.Instant at) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return uuid7(at.toEpochMilli(), java.util.Arrays.copyOf(hash, 10)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static UUID uuid7(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return uuid7(epochMillis, random);
    }

    private static UUID uuid7(long epochMillis, byte[] random) {
        long msb = (epochMillis & 0xFFFFFFFFFFFFL) << 16;
        msb |= 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long lsb = 0;
        for (int i = 2; i < 10; i++) {
            lsb = (lsb << 8) | (random[i] & 0xFFL);
        }
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** True when {@code value} is a canonical UUID string; ids from clients are checked before use. */
    public static boolean isId(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
