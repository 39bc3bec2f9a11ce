package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;

/** The A4 PDF of a sale's GST document and a signed link to it; null when the shop has no such invoiced sale. */
public record FindInvoicePdf(String tenantId, String saleId) implements TenantScoped {
}
