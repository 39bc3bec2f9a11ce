package dev.bahi.payments.application.port.in;

import dev.bahi.payments.api.PaymentAnalyticsGrouping;
import dev.bahi.payments.api.PaymentAnalyticsView;
import java.time.LocalDate;

/** Counts and amounts of a shop's payments over a range of business dates. */
public interface PaymentAnalyticsUseCase {
    /**
     * {@code from} and {@code to} inclusive; a missing {@code to} is today in the shop's time zone, a missing
     * {@code from} 29 days before {@code to}; a missing {@code groupBy} is by day.
     */
    PaymentAnalyticsView analytics(String tenantId, LocalDate from, LocalDate to, PaymentAnalyticsGrouping groupBy);
}
