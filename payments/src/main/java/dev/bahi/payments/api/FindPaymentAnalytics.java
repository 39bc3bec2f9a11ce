package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.LocalDate;

/**
 * Counts and amounts of the shop's payments recorded between two business dates (inclusive, both given), grouped by
 * day or by method. Answers a {@link PaymentAnalyticsView}.
 */
public record FindPaymentAnalytics(String tenantId, LocalDate from, LocalDate to, PaymentAnalyticsGrouping groupBy)
        implements TenantScoped {
}
