package dev.bahi.queryprojections.domain;

import java.util.List;

/**
 * A sale as recorded, kept until it is invoiced (then it becomes a {@link GstDocumentFact}) and for the credit notes
 * against it: the buyer, where the supply was made, its document type, its lines and grand total (paise).
 */
public record GstSaleFact(String tenantId, String saleId, String documentType, String buyerName, String buyerGstin,
                          String placeOfSupply, boolean interState, List<GstLine> lines, long taxable, long cgst,
                          long sgst, long igst, long cess, long total) {
    public GstSaleFact {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
