package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issues the sale's GST document (tax invoice or bill of supply) dated {@code invoiceDate} (yyyy-MM-dd, the
 * shop's business date), numbered in the shop's series with {@code prefix}. Issuing again answers the same one.
 */
public record IssueGstInvoice(@TargetAggregateIdentifier String saleId, String tenantId, String invoiceDate,
                              String prefix) implements TenantScoped {
}
