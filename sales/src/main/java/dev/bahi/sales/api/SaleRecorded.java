package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import java.util.List;

/**
 * A sale happened: who sold to whom, where the supply was made, every line with its tax, the totals and how it
 * was paid. {@code businessDate} (yyyy-MM-dd) is the day in the shop's time zone.
 */
public record SaleRecorded(String tenantId, String saleId, Seller seller, Buyer buyer, DocumentType documentType,
                           SupplyType supplyType, String placeOfSupply, List<TaxedLine> lines, SaleTotals totals,
                           Payment payment, String note, String businessDate, Instant recordedAt)
        implements TenantScoped {
}
