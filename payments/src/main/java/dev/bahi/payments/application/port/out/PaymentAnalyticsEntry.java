package dev.bahi.payments.application.port.out;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;

/** One payment as analytics count it (paise): its shop, day, method, status, amount and refunded total. */
public record PaymentAnalyticsEntry(String tenantId, String paymentId, String businessDate, PaymentMethod method,
                                    PaymentStatus status, long amount, long refunded) {
}
