package dev.bahi.queryprojections.domain;

import java.util.Objects;

/**
 * One event as the event store holds it, and nothing the audit trail adds: its id, payload type (full class name),
 * aggregate type, id and sequence, timestamp (ISO-8601, milliseconds, as the store writes it), the {@code tenantId},
 * {@code userId} and {@code traceId} of its metadata (null when absent) and its serialized payload (JSON) as stored.
 */
public record AuditEventFacts(String eventId, String payloadType, String aggregateType, String aggregateId,
                              long sequenceNumber, String timestamp, String tenantId, String userId, String traceId,
                              String payloadJson) {
    public AuditEventFacts {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
