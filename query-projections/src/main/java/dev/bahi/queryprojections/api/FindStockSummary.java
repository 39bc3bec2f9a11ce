package dev.bahi.queryprojections.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Stock in and out per item between {@code from} (inclusive) and {@code to} (exclusive) instants. */
public record FindStockSummary(String tenantId, Instant from, Instant to) implements TenantScoped {
}
