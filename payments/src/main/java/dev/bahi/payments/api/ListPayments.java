package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.LocalDate;

/**
 * The shop's payments in the order they were recorded, optionally between two business dates (inclusive), of one
 * method and of one status. Answers a {@link PaymentPage}.
 */
public record ListPayments(String tenantId, LocalDate from, LocalDate to, PaymentMethod method, PaymentStatus status,
                           Integer limit, String cursor) implements TenantScoped {
}
