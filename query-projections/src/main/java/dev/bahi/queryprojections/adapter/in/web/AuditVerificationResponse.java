package dev.bahi.queryprojections.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bahi.queryprojections.application.AuditVerification;

/** Whether the shop's chain, recomputed from the event store, matches; else the first position that does not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerificationResponse(boolean verified, long entries, Long firstPosition, Long lastPosition,
                                        String headHash, Mismatch firstMismatch) {
    /** The first entry that did not verify: EVENT_CHANGED, EVENT_MISSING or CHAIN_BROKEN. */
    public record Mismatch(long position, String eventId, String expectedHash, String storedHash, String reason,
                           String detail) {
    }

    static AuditVerificationResponse of(AuditVerification v) {
        AuditVerification.Mismatch m = v.firstMismatch();
        return new AuditVerificationResponse(v.verified(), v.entries(), v.firstPosition(), v.lastPosition(),
                v.headHash(), m == null ? null : new Mismatch(m.position(), m.eventId(), m.expectedHash(),
                m.storedHash(), m.reason().name(), m.detail()));
    }
}
