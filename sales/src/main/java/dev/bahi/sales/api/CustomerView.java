package dev.bahi.sales.api;

import java.time.Instant;

/** A customer and what they owe now (paise; negative when they paid in advance). */
public record CustomerView(String customerId, String tenantId, CustomerDetails details, long balance,
                           Instant openedAt, Instant updatedAt) {
}
