package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A sale got its GST document. */
public record GstInvoiceIssued(String tenantId, String saleId, GstInvoice invoice, Instant issuedAt)
        implements TenantScoped {
}
