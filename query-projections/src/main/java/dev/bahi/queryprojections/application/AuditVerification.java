package dev.bahi.queryprojections.application;

/**
 * The outcome of recomputing a shop's chain from the event store: verified with the number of entries, the first and
 * last position and the hash of the last, or the first position that did not verify and why.
 */
public record AuditVerification(boolean verified, long entries, Long firstPosition, Long lastPosition,
                                String headHash, Mismatch firstMismatch) {
    /** Why an entry did not verify. */
    public enum Reason {
        /** The stored event's content (payload, type, aggregate, time, metadata) differs from what was recorded. */
        EVENT_CHANGED,
        /** The recorded event is not in the event store any more. */
        EVENT_MISSING,
        /** The event is unchanged, but the entry does not link to the one before (hash, previous hash or position). */
        CHAIN_BROKEN
    }

    /** The first entry that did not verify. */
    public record Mismatch(long position, String eventId, String expectedHash, String storedHash, Reason reason,
                           String detail) {
    }

    /** Nothing to verify: no entries in the range. */
    public static AuditVerification empty() {
        return new AuditVerification(true, 0, null, null, null, null);
    }

    static AuditVerification verified(long entries, Long first, Long last, String headHash) {
        return new AuditVerification(true, entries, first, last, headHash, null);
    }

    static AuditVerification failed(long entries, Long first, Mismatch mismatch) {
        return new AuditVerification(false, entries, first, null, null, mismatch);
    }
}
