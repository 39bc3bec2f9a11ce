package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/**
 * A payment was applied to a sale ({@code amount} positive), or a refund of one put back on it (negative);
 * {@code reference} is the payment's or refund's id. {@code paid} and {@code due} are as they now stand.
 */
public record SaleSettled(String tenantId, String saleId, String reference, long amount, long paid, long due,
                          Instant settledAt) implements TenantScoped {
}
