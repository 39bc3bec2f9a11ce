package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.api.DailySummary;
import dev.bahi.queryprojections.api.FindDailySummaries;
import dev.bahi.queryprojections.api.FindDailySummary;
import dev.bahi.queryprojections.application.port.in.DailySummaryUseCase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Settles the day or the range (today in the shop's time zone by default, at most 92 days) and asks the query bus.
 * The summary is a tracking projection: what was recorded a moment ago shows within its lag (milliseconds). While it
 * is being rebuilt its figures would be partial, so it answers {@code ProjectionRebuilding} (503) instead.
 */
public final class DailySummaryService implements DailySummaryUseCase {
    private final QueryGateway queries;
    private final ShopDays days;
    private final ProjectionStatus projections;

    public DailySummaryService(QueryGateway queries, ShopDays days, ProjectionStatus projections) {
        this.queries = queries;
        this.days = days;
        this.projections = projections;
    }

    @Override
    public DailySummary summary(String tenantId, LocalDate date) {
        projections.requireCurrent(DailySummaryProjection.PROCESSING_GROUP);
        LocalDate day = date != null ? date : days.today(tenantId);
        return queries.query(new FindDailySummary(tenantId, day.toString()),
                ResponseTypes.instanceOf(DailySummary.class)).join();
    }

    @Override
    public List<DailySummary> summaries(String tenantId, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("DATE_REQUIRED", "from", "a range needs from and to");
        }
        if (to == null) {
            throw new RuleViolation("DATE_REQUIRED", "to", "a range needs from and to");
        }
        checkRange(from, to);
        projections.requireCurrent(DailySummaryProjection.PROCESSING_GROUP);
        return queries.query(new FindDailySummaries(tenantId, from.toString(), to.toString()),
                ResponseTypes.multipleInstancesOf(DailySummary.class)).join();
    }

    /** From on or before to, at most {@link FindDailySummaries#MAX_DAYS} days. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is on or before to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > FindDailySummaries.MAX_DAYS) {
            throw new RuleViolation("RANGE_TOO_LONG", "from",
                    "a range is at most " + FindDailySummaries.MAX_DAYS + " days");
        }
    }
}
