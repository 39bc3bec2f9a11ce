package dev.bahi.queryprojections.application;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.application.AuditVerification.Mismatch;
import dev.bahi.queryprojections.application.AuditVerification.Reason;
import dev.bahi.queryprojections.application.port.in.AuditTrailUseCase;
import dev.bahi.queryprojections.application.port.out.AuditEventSource;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore.Filter;
import dev.bahi.queryprojections.domain.AuditChain;
import dev.bahi.queryprojections.domain.AuditEntry;
import dev.bahi.queryprojections.domain.AuditEventFacts;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a shop's audit history (pages, whole exports) and verifies it: every entry's hash is recomputed from the event
 * as the event store holds it now, chained from the entry before, and compared with the stored hash. Memory stays
 * constant: entries are streamed from a cursor and each event is read from the store on its own.
 */
public final class AuditTrailService implements AuditTrailUseCase {
    private final AuditTrailStore trail;
    private final AuditEventSource events;
    private final ProjectionStatus status;
    private final AuditCanonicalForm canonical = new AuditCanonicalForm();

    /** {@code status} may be null (plain tests: always current). */
    public AuditTrailService(AuditTrailStore trail, AuditEventSource events, ProjectionStatus status) {
        this.trail = trail;
        this.events = events;
        this.status = status;
    }

    @Override
    public void requireCurrent() {
        if (status != null) {
            status.requireCurrent(AuditTrailProjection.PROCESSING_GROUP);
        }
    }

    @Override
    public Page page(Filter filter, long after, int limit) {
        requireCurrent();
        List<AuditEntry> entries = trail.page(filter, after, limit + 1);
        boolean more = entries.size() > limit;
        List<AuditEntry> page = more ? entries.subList(0, limit) : entries;
        return new Page(List.copyOf(page), more ? page.get(page.size() - 1).position() : null);
    }

    @Override
    public long export(Filter filter, Consumer<AuditEntry> sink) {
        long count = 0;
        try (Stream<AuditEntry> entries = trail.stream(filter)) {
            Iterator<AuditEntry> it = entries.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
                count++;
            }
        }
        return count;
    }

    @Override
    public Optional<Long> firstPosition(Filter filter) {
        return trail.firstPosition(filter);
    }

    @Override
    public Optional<Long> lastPosition(Filter filter) {
        return trail.lastPosition(filter);
    }

    @Override
    public AuditVerification verify(String tenantId, Long first, Long last) {
        requireCurrent();
        long start = first == null ? 1 : Math.max(1, first);
        String previous = start == 1 ? AuditChain.GENESIS
                : trail.at(tenantId, start - 1).map(AuditEntry::hash).orElse(null);
        Filter filter = Filter.all(tenantId).positions(start, last == null ? null : last + 1);
        long expected = start;
        long count = 0;
        Long firstSeen = null;
        String head = null;
        try (Stream<AuditEntry> entries = trail.stream(filter)) {
            Iterator<AuditEntry> it = entries.iterator();
            while (it.hasNext()) {
                AuditEntry stored = it.next();
                if (firstSeen == null) {
                    firstSeen = stored.position();
                    if (first == null) {
                        expected = stored.position();
                    }
                    if (previous == null) {
                        previous = stored.previousHash();
                    }
                }
                Mismatch mismatch = check(tenantId, stored, expected, previous);
                if (mismatch != null) {
                    return AuditVerification.failed(count, firstSeen, mismatch);
                }
                previous = stored.hash();
                head = stored.hash();
                expected++;
                count++;
            }
        }
        return AuditVerification.verified(count, firstSeen, count == 0 ? null : expected - 1, head);
    }

    private Mismatch check(String tenantId, AuditEntry stored, long expectedPosition, String previous) {
        if (stored.position() != expectedPosition) {
            return new Mismatch(expectedPosition, null, null, null, Reason.CHAIN_BROKEN,
                    "entry " + expectedPosition + " is missing from the audit trail (next is " + stored.position()
                            + ")");
        }
        Optional<AuditEventFacts> facts = events.find(stored.aggregateId(), stored.sequenceNumber(), stored.eventId());
        if (facts.isEmpty()) {
            return new Mismatch(stored.position(), stored.eventId(), null, stored.hash(), Reason.EVENT_MISSING,
                    "the event is not in the event store");
        }
        AuditEntry recomputed = canonical.entry(facts.get(), expectedPosition, previous);
        if (recomputed.hash().equals(stored.hash()) && recomputed.tenantId().equals(tenantId)) {
            return null;
        }
        if (!recomputed.sameEventAs(stored) || !recomputed.tenantId().equals(tenantId)) {
            return new Mismatch(stored.position(), stored.eventId(), recomputed.hash(), stored.hash(),
                    Reason.EVENT_CHANGED, "the event in the event store differs from the one recorded");
        }
        String detail = !previous.equals(stored.previousHash())
                ? "the entry does not link to the hash of the entry before it"
                : "the stored hash does not match the entry";
        return new Mismatch(stored.position(), stored.eventId(), recomputed.hash(), stored.hash(), Reason.CHAIN_BROKEN,
                detail);
    }
}
