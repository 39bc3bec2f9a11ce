package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A sale was cancelled before its invoice was issued. */
public record SaleCancelled(String tenantId, String saleId, String reason, Instant cancelledAt) implements TenantScoped {
}
