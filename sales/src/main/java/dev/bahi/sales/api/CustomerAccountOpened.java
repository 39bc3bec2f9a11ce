package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A customer's khata was opened. */
public record CustomerAccountOpened(String tenantId, String customerId, CustomerDetails details, Instant openedAt)
        implements TenantScoped {
}
