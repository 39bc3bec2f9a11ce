package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.api.FindStockSummary;
import dev.bahi.queryprojections.api.StockSummary;
import dev.bahi.tenant.api.BusinessProfile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.axonframework.queryhandling.QueryGateway;

/** The stock summary of business dates {@code from} to {@code to} (inclusive) in the shop's time zone. */
public final class StockSummaryService {
    static final int MAX_DAYS = 366;

    private final QueryGateway queries;
    private final ShopDays days;
    private final ProjectionStatus projections;

    public StockSummaryService(QueryGateway queries, ShopDays days, ProjectionStatus projections) {
        this.queries = queries;
        this.days = days;
        this.projections = projections;
    }

    /** Both dates default to today; a period runs from the start of {@code from} to the end of {@code to}. */
    public StockSummary summary(String tenantId, LocalDate from, LocalDate to) {
        projections.requireCurrent(StockSummaryProjection.PROCESSING_GROUP);
        BusinessProfile shop = days.profile(tenantId);
        LocalDate today = days.today(shop);
        LocalDate first = from != null ? from : (to != null ? to : today);
        LocalDate last = to != null ? to : (from != null ? from : today);
        if (last.isBefore(first)) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new RuleViolation("RANGE_TOO_LONG", "from", "a stock summary covers at most " + MAX_DAYS + " days");
        }
        ZoneId zone = shop.zone();
        StockSummary summary = queries.query(new FindStockSummary(tenantId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant()), StockSummary.class).join();
        return new StockSummary(tenantId, first.toString(), last.toString(), summary.items(), summary.totals());
    }
}
