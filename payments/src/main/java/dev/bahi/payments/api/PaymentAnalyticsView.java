package dev.bahi.payments.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The shop's payments of a range of business dates, in paise. {@code amount} is what every payment of the range was
 * recorded for, whatever its status; {@code succeededAmount} what actually came in (payments SUCCEEDED or since
 * REFUNDED); {@code refundedAmount} what was given back of it; {@code netAmount} the difference. Groups are only the
 * days (ascending) or methods (in {@link PaymentMethod} order) that have payments.
 */
public record PaymentAnalyticsView(LocalDate from, LocalDate to, PaymentAnalyticsGrouping groupBy, Totals totals,
                                   List<Group> groups) {
    public PaymentAnalyticsView {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The whole range. */
    public record Totals(long count, long amount, long succeededAmount, long refundedAmount, long netAmount,
                         long pendingCount, long failedCount) {
    }

    /** One day (ISO date) or one method (its name). */
    public record Group(String key, long count, long amount, long succeededAmount, long refundedAmount,
                        long netAmount, StatusCounts byStatus) {
    }

    /** How many payments of a group stand in each status. */
    public record StatusCounts(long pending, long succeeded, long failed, long refunded) {
    }
}
