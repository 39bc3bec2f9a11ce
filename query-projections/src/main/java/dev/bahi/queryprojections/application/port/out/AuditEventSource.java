package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.AuditEventFacts;
import java.util.Optional;

/** The event store as it is now, read for verification (never the audit trail's copy). */
public interface AuditEventSource {
    /** The stored event {@code sequenceNumber} of {@code aggregateId}, if it is there and has id {@code eventId}. */
    Optional<AuditEventFacts> find(String aggregateId, long sequenceNumber, String eventId);
}
