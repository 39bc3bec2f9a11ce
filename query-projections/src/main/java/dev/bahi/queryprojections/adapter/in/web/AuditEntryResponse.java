package dev.bahi.queryprojections.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.bahi.queryprojections.domain.AuditEntry;

/** One recorded event of the shop: what happened, to which aggregate, when, by whom, and its link in the chain. */
@JsonPropertyOrder({"position", "eventId", "eventType", "eventName", "aggregateType", "aggregateId", "sequenceNumber",
        "timestamp", "userId", "traceId", "payload", "payloadSha256", "previousHash", "hash"})
public record AuditEntryResponse(long position, String eventId, String eventType, String eventName,
                                 String aggregateType, String aggregateId, long sequenceNumber, String timestamp,
                                 String userId, String traceId, @JsonRawValue String payload, String payloadSha256,
                                 String previousHash, String hash) {
    static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(e.position(), e.eventId(), e.eventType(), e.eventName(), e.aggregateType(),
                e.aggregateId(), e.sequenceNumber(), e.timestamp().toString(), e.userId(), e.traceId(), e.payload(),
                e.payloadSha256(), e.previousHash(), e.hash());
    }
}
