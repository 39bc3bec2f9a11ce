package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * The shop's sales in the order they were made, optionally between two business dates (inclusive, yyyy-MM-dd)
 * and for one customer; answers a {@link SalePage}.
 */
public record ListSales(String tenantId, String from, String to, String customerId, Integer limit, String cursor)
        implements TenantScoped {
}
