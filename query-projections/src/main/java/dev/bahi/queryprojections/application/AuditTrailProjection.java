package dev.bahi.queryprojections.application;

import dev.bahi.platform.runtime.axon.BatchedWrites;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore.Head;
import dev.bahi.queryprojections.domain.AuditChain;
import dev.bahi.queryprojections.domain.AuditEntry;
import dev.bahi.queryprojections.domain.AuditEventFacts;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends every event of the store to its shop's audit chain, in the order the event stream delivers them (the
 * processor runs one segment, so the order is total). Each entry is built only from the event as stored (see
 * {@link AuditCanonicalForm}); the projection adds the position and the link to the entry before. One insert per
 * event plus the shop's small head document (last position and hash), which keeps the chain going across restarts.
 * An event already recorded (same event id) is not appended again, so redeliveries and replays change nothing.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {
    public static final String PROCESSING_GROUP = "query-projections.audit-trail";

    private final AuditTrailStore trail;
    private final Serializer eventSerializer;
    private final AuditCanonicalForm canonical = new AuditCanonicalForm();

    /** {@code eventSerializer}: the event store's, so that payloads are read back exactly as they were stored. */
    public AuditTrailProjection(AuditTrailStore trail, Serializer eventSerializer) {
        this.trail = trail;
        this.eventSerializer = eventSerializer;
    }

    /**
     * Never replayed: the chain is an append-only record whose hashes accountants may already hold (an export, a
     * printed head hash), so it is not rebuilt, which would chain the same events again in the event store's order.
     */
    @EventHandler
    @DisallowReplay
    public void on(Object payload, EventMessage<?> message) {
        record(facts(message));
    }

    /** Forgets the whole trail; not a reset handler, since the trail is never replayed (see {@link #on}). */
    public void reset() {
        trail.clear();
    }

    /**
     * Appends the event to its shop's chain, unless it is already there. Inside a unit of work (a tracking batch) the
     * new entries are written together, and the heads moved, after the batch's last event ({@link BatchedWrites}): a
     * few writes per batch instead of two acknowledged writes per event. A batch that fails is handled again from its
     * start, and entries already written by a failed batch are found by their event id and taken as they are.
     */
    public AuditEntry record(AuditEventFacts facts) {
        Optional<Batch> current = BatchedWrites.pending(Batch.KEY, Batch::new, this::flush);
        if (current.isEmpty()) {
            return recordNow(facts);
        }
        Batch batch = current.get();
        String tenantId = canonical.tenantOf(facts);
        AuditEntry pending = batch.pending.get(tenantId + ":" + facts.eventId());
        if (pending != null) {
            return pending;
        }
        Optional<AuditEntry> recorded = trail.entry(tenantId, facts.eventId());
        Head head = batch.heads.computeIfAbsent(tenantId, this::currentHead);
        if (recorded.isPresent()) {
            if (recorded.get().position() > head.position()) {
                batch.heads.put(tenantId, new Head(recorded.get().position(), recorded.get().hash()));
                batch.moved.add(tenantId);
            }
            return recorded.get();
        }
        AuditEntry entry = canonical.entry(facts, head.position() + 1, head.hash());
        batch.entries.add(entry);
        batch.pending.put(tenantId + ":" + facts.eventId(), entry);
        batch.heads.put(tenantId, new Head(entry.position(), entry.hash()));
        batch.moved.add(tenantId);
        return entry;
    }

    /** The shop's head, or its last entry when a batch wrote entries but failed before moving the head. */
    private Head currentHead(String tenantId) {
        Head head = trail.head(tenantId).orElse(new Head(0, AuditChain.GENESIS));
        return trail.last(tenantId).filter(last -> last.position() > head.position())
                .map(last -> new Head(last.position(), last.hash())).orElse(head);
    }

    private void flush(Batch batch) {
        trail.appendAll(batch.entries);
        for (String tenantId : batch.moved) {
            Head head = batch.heads.get(tenantId);
            trail.moveHead(tenantId, head.position(), head.hash());
        }
    }

    /** What one unit of work appends: its new entries in order and where each shop's chain stands after them. */
    private static final class Batch {
        static final String KEY = AuditTrailProjection.class.getName() + ".batch";
        final List<AuditEntry> entries = new ArrayList<>();
        final Map<String, AuditEntry> pending = new HashMap<>();
        final Map<String, Head> heads = new HashMap<>();
        final Set<String> moved = new LinkedHashSet<>();
    }

    /** Appends the event at once (outside a unit of work), unless it is already there. */
    AuditEntry recordNow(AuditEventFacts facts) {
        String tenantId = canonical.tenantOf(facts);
        for (int attempt = 0; ; attempt++) {
            Head head = trail.head(tenantId).orElse(new Head(0, AuditChain.GENESIS));
            AuditEntry entry = canonical.entry(facts, head.position() + 1, head.hash());
            if (trail.append(entry)) {
                trail.moveHead(tenantId, entry.position(), entry.hash());
                return entry;
            }
            Optional<AuditEntry> recorded = trail.entry(tenantId, facts.eventId());
            if (recorded.isPresent()) {
                // a redelivery; if the head was not moved after the insert last time, move it now
                if (recorded.get().position() > head.position()) {
                    trail.moveHead(tenantId, recorded.get().position(), recorded.get().hash());
                }
                return recorded.get();
            }
            // the position is taken: the head lags behind the trail; follow the trail's last entry and try again
            Optional<AuditEntry> last = trail.last(tenantId);
            if (attempt > 2 || last.isEmpty()) {
                throw new IllegalStateException("audit trail of " + tenantId + " refuses position "
                        + entry.position() + " for event " + facts.eventId());
            }
            trail.moveHead(tenantId, last.get().position(), last.get().hash());
        }
    }

    /** What the event store holds about {@code message}: its fields, metadata and payload as serialized there. */
    AuditEventFacts facts(EventMessage<?> message) {
        SerializedObject<String> payload = message.serializePayload(eventSerializer, String.class);
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        } else {
            // the Mongo event store keeps an event without an aggregate under its own id, sequence 0
            aggregateId = message.getIdentifier();
        }
        MetaData metadata = message.getMetaData();
        return new AuditEventFacts(message.getIdentifier(), payload.getType().getName(), aggregateType, aggregateId,
                sequence, DateTimeUtils.formatInstant(message.getTimestamp()), text(metadata.get("tenantId")),
                text(metadata.get("userId")), text(metadata.get("traceId")), payload.getData());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
