package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Goods came back against a sale, with a credit note. */
public record SaleReturned(String tenantId, String saleId, CreditNote creditNote, Instant returnedAt)
        implements TenantScoped {
}
