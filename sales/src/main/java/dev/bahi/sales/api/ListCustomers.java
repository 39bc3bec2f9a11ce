package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** The shop's customers, {@code q} matching name (any case) or phone; answers a {@link CustomerPage}. */
public record ListCustomers(String tenantId, String q, Integer limit, String cursor) implements TenantScoped {
}
