package dev.bahi.queryprojections.application.port.in;

import dev.bahi.queryprojections.application.AuditVerification;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore.Filter;
import dev.bahi.queryprojections.domain.AuditEntry;
import java.util.List;
import java.util.function.Consumer;

/** A shop's audit history: read in pages, exported whole, and verified against the event store. */
public interface AuditTrailUseCase {
    /** A page of entries and the position to continue after (null on the last page). */
    record Page(List<AuditEntry> entries, Long nextAfter) {
    }

    Page page(Filter filter, long after, int limit);

    /** Checks the projection is current; call before {@link #export}, which may run on another thread. */
    void requireCurrent();

    /** Hands every matching entry to {@code sink} in position order, holding only one at a time. */
    long export(Filter filter, Consumer<AuditEntry> sink);

    /** The first and last position among the entries matching {@code filter} (e.g. a time range). */
    java.util.Optional<Long> firstPosition(Filter filter);

    java.util.Optional<Long> lastPosition(Filter filter);

    /** Recomputes the shop's chain over positions {@code first..last} (null: from the start, to the end). */
    AuditVerification verify(String tenantId, Long first, Long last);
}
