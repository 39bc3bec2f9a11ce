package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.domain.GstDocumentFact;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of the sales register: every invoice (or bill of supply) and credit note of the range, by date, invoices
 * before credit notes, then by number; amounts positive in rupees as text ({@code kind} tells a credit note).
 */
@Schema(name = "SalesRegisterPage")
public record SalesRegisterResponse(String from, String to, List<Entry> entries, String nextCursor) {
    static final List<String> CSV_HEADER = List.of("Date", "Kind", "Document type", "Number", "Original invoice",
            "Buyer", "Buyer GSTIN", "Place of supply", "Supply type", "Taxable value", "CGST", "SGST/UTGST", "IGST",
            "Cess", "Total", "Cancelled");

    /** One document. */
    public record Entry(@Schema(example = "2026-11-25") String date, @Schema(example = "INVOICE") String kind,
                        @Schema(example = "TAX_INVOICE") String documentType,
                        @Schema(example = "INV/26-27/000001") String number,
                        @Schema(description = "a credit note's invoice") String originalInvoiceNumber,
                        String saleId, String buyerName, @Schema(example = "33AAGCB7383J1ZF") String buyerGstin,
                        @Schema(example = "33") String placeOfSupply,
                        @Schema(example = "INTER_STATE") String supplyType,
                        @Schema(example = "9171.00") String taxableValue, String cgst, String sgst, String igst,
                        String cess, @Schema(example = "10822.00") String total, boolean cancelled) {
        static Entry of(GstDocumentFact d) {
            return new Entry(d.date(), d.kind().name(), d.documentType(), d.number(), d.originalInvoiceNumber(),
                    d.saleId(), d.buyerName(), d.buyerGstin(), d.placeOfSupply(),
                    d.interState() ? "INTER_STATE" : "INTRA_STATE", Money.format(d.taxable()), Money.format(d.cgst()),
                    Money.format(d.sgst()), Money.format(d.igst()), Money.format(d.cess()), Money.format(d.total()),
                    d.cancelled());
        }

        List<Object> csv() {
            return java.util.Arrays.asList(date, kind, documentType, number, originalInvoiceNumber, buyerName,
                    buyerGstin, placeOfSupply, supplyType, taxableValue, cgst, sgst, igst, cess, total, cancelled);
        }
    }
}
