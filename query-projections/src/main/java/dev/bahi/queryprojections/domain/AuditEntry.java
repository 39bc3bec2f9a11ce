package dev.bahi.queryprojections.domain;

import java.time.Instant;

/**
 * One link of a shop's audit chain: the event's facts, its place in the shop's history ({@code position} 1, 2, 3...
 * in the order the event stream delivered them), the payload with secrets redacted (canonical JSON), the SHA-256 of the
 * full payload as stored, and {@code hash = SHA-256(previousHash + canonical form)} (see {@link AuditChain}).
 */
public record AuditEntry(String tenantId, long position, String eventId, String eventType, String eventName,
                         String aggregateType, String aggregateId, long sequenceNumber, Instant timestamp,
                         String userId, String traceId, String payload, String payloadSha256, String previousHash,
                         String hash) {

    /** Whether this entry records the same event content as {@code other} (positions and hashes aside). */
    public boolean sameEventAs(AuditEntry other) {
        return eventId.equals(other.eventId) && eventType.equals(other.eventType)
                && java.util.Objects.equals(aggregateType, other.aggregateType)
                && java.util.Objects.equals(aggregateId, other.aggregateId)
                && sequenceNumber == other.sequenceNumber && timestamp.equals(other.timestamp)
                && tenantId.equals(other.tenantId) && java.util.Objects.equals(userId, other.userId)
                && java.util.Objects.equals(traceId, other.traceId) && payloadSha256.equals(other.payloadSha256)
                && payload.equals(other.payload);
    }
}
