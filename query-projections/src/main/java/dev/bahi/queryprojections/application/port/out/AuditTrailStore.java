package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit entries of every shop (one document per event, unique per shop and event id, ordered by position) and
 * each shop's head: the position and hash of its last entry, so that the chain goes on after a restart.
 */
public interface AuditTrailStore {
    /** The last position and hash of a shop's chain. */
    record Head(long position, String hash) {
    }

    /** Which of a shop's entries: each criterion optional; positions and times inclusive from, exclusive to. */
    record Filter(String tenantId, Long fromPosition, Long toPosition, Instant from, Instant to, String aggregateType,
                  String aggregateId, String eventType) {
        public static Filter all(String tenantId) {
            return new Filter(tenantId, null, null, null, null, null, null, null);
        }

        public Filter positions(Long first, Long last) {
            return new Filter(tenantId, first, last, from, to, aggregateType, aggregateId, eventType);
        }
    }

    Optional<Head> head(String tenantId);

    /** Appends {@code entry}; false when the shop's trail already holds an entry for the event or the position. */
    boolean append(AuditEntry entry);

    /** Appends entries known to be new, in order, in one write; a clash of event id or position fails it. */
    void appendAll(List<AuditEntry> entries);

    void moveHead(String tenantId, long position, String hash);

    Optional<AuditEntry> entry(String tenantId, String eventId);

    Optional<AuditEntry> at(String tenantId, long position);

    /** The shop's entry with the highest position. */
    Optional<AuditEntry> last(String tenantId);

    /** Up to {@code limit} entries matching {@code filter} after position {@code after}, in position order. */
    List<AuditEntry> page(Filter filter, long after, int limit);

    /** Every entry matching {@code filter} in position order, read lazily from a cursor; close it. */
    Stream<AuditEntry> stream(Filter filter);

    /** The first and last position among entries matching {@code filter}. */
    Optional<Long> firstPosition(Filter filter);

    Optional<Long> lastPosition(Filter filter);

    void clear();
}
