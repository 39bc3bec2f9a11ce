package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A customer's khata between two business dates (inclusive, either may be open); answers an optional {@link Ledger}. */
public record FindLedger(String tenantId, String customerId, String from, String to) implements TenantScoped {
}
