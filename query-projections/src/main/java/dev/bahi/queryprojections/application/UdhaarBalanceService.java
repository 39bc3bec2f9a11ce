package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.api.FindUdhaarBalances;
import dev.bahi.queryprojections.api.UdhaarBalances;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;

/** The udhaar balances report: today by default, never from a half-rebuilt read model. */
public final class UdhaarBalanceService {
    private final QueryGateway queries;
    private final ShopDays days;
    private final ProjectionStatus projections;

    public UdhaarBalanceService(QueryGateway queries, ShopDays days, ProjectionStatus projections) {
        this.queries = queries;
        this.days = days;
        this.projections = projections;
    }

    /** The shop's khatas at the end of {@code asOf} (today in the shop's time zone when null). */
    public UdhaarBalances balances(String tenantId, LocalDate asOf) {
        projections.requireCurrent(UdhaarBalanceProjection.PROCESSING_GROUP);
        LocalDate today = days.today(tenantId);
        if (asOf != null && asOf.isAfter(today)) {
            throw new RuleViolation("DATE_IN_FUTURE", "asOf", "balances are known up to today, " + today);
        }
        LocalDate date = asOf != null ? asOf : today;
        return queries.query(new FindUdhaarBalances(tenantId, date.toString()), UdhaarBalances.class).join();
    }
}
