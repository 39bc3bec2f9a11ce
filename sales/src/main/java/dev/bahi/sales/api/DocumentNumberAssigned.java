package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** Number {@code sequence} of a series went to one document; never reused, never skipped. */
public record DocumentNumberAssigned(String tenantId, String seriesId, DocumentSeries series, String financialYear,
                                     long sequence, String number, String documentId, Instant assignedAt)
        implements TenantScoped {
}
