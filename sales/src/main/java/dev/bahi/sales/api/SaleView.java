package dev.bahi.sales.api;

import java.time.Instant;
import java.util.List;

/** A sale as the read side knows it, with its GST document and credit notes once issued. */
public record SaleView(String saleId, String tenantId, SaleStatus status, Seller seller, Buyer buyer,
                       DocumentType documentType, SupplyType supplyType, String placeOfSupply, List<TaxedLine> lines,
                       SaleTotals totals, Payment payment, String note, String businessDate, Instant recordedAt,
                       String cancelReason, GstInvoice invoice, List<CreditNote> returns) {
    public SaleView {
        returns = returns == null ? List.of() : List.copyOf(returns);
    }

    public SaleView with(SaleStatus newStatus, String reason, GstInvoice newInvoice, List<CreditNote> newReturns) {
        return new SaleView(saleId, tenantId, newStatus, seller, buyer, documentType, supplyType, placeOfSupply, lines,
                totals, payment, note, businessDate, recordedAt, reason, newInvoice, newReturns);
    }
}
