package dev.bahi.queryprojections.application.port.in;

import dev.bahi.queryprojections.api.DailySummary;
import java.time.LocalDate;
import java.util.List;

/** A shop's day at a glance: one business date, or each day of a range. */
public interface DailySummaryUseCase {
    /** The summary of {@code date}; a missing date is today in the shop's time zone. */
    DailySummary summary(String tenantId, LocalDate date);

    /** One summary per day from {@code from} to {@code to} (both given, inclusive, at most 92 days). */
    List<DailySummary> summaries(String tenantId, LocalDate from, LocalDate to);
}
