package dev.bahi.payments.api;

/** How payment analytics split the range: one group per business date, or one per payment method. */
public enum PaymentAnalyticsGrouping {
    DAY, METHOD
}
