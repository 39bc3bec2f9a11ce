package dev.bahi.queryprojections.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * The shop's {@link DailySummary} of every business date from {@code from} to {@code to} (yyyy-MM-dd, both
 * inclusive, at most {@value #MAX_DAYS} days), one per day in date order, days without activity included.
 */
public record FindDailySummaries(String tenantId, String from, String to) implements TenantScoped {
    /** The longest range asked at once: a quarter. */
    public static final int MAX_DAYS = 92;
}
