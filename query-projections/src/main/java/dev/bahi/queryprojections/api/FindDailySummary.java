package dev.bahi.queryprojections.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * The shop's {@link DailySummary} of one business date ({@code date}, yyyy-MM-dd, a day in the shop's time zone).
 * Always answered: a day without activity gives zeros.
 */
public record FindDailySummary(String tenantId, String date) implements TenantScoped {
}
