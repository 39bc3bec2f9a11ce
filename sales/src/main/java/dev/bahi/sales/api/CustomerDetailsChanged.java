package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A customer's details changed; the event carries all of them as they now stand. */
public record CustomerDetailsChanged(String tenantId, String customerId, CustomerDetails details, Instant changedAt)
        implements TenantScoped {
}
