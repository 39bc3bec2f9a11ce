package dev.bahi.payments.application;

import dev.bahi.payments.api.FindPaymentAnalytics;
import dev.bahi.payments.api.PaymentAnalyticsGrouping;
import dev.bahi.payments.api.PaymentAnalyticsView;
import dev.bahi.payments.application.port.in.PaymentAnalyticsUseCase;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Settles the range (defaults in the shop's time zone, at most 366 days) and asks the query bus for analytics. */
public final class PaymentAnalyticsService implements PaymentAnalyticsUseCase {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final QueryGateway queries;
    private final ShopCalendar calendar;

    public PaymentAnalyticsService(QueryGateway queries, ShopCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @Override
    public PaymentAnalyticsView analytics(String tenantId, LocalDate from, LocalDate to,
                                          PaymentAnalyticsGrouping groupBy) {
        LocalDate last = to != null ? to : LocalDate.parse(calendar.today(tenantId));
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
        if (first.isAfter(last)) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is on or before to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new RuleViolation("RANGE_TOO_LONG", "from", "a range is at most " + MAX_DAYS + " days");
        }
        FindPaymentAnalytics query = new FindPaymentAnalytics(tenantId, first, last,
                groupBy == null ? PaymentAnalyticsGrouping.DAY : groupBy);
        return queries.query(query, ResponseTypes.instanceOf(PaymentAnalyticsView.class)).join();
    }
}
