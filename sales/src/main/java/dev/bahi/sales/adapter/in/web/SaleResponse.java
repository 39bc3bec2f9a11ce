package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A sale with every line's tax and the totals, money in rupees. */
@Schema(name = "Sale")
public record SaleResponse(
        String id,
        @Schema(example = "RECORDED") String status,
        @Schema(example = "TAX_INVOICE") String documentType,
        @Schema(example = "INTRA_STATE") String supplyType,
        @Schema(example = "27") String placeOfSupply,
        @Schema(example = "Maharashtra") String placeOfSupplyName,
        @Schema(example = "2026-11-24") String businessDate,
        Instant recordedAt,
        Customer customer,
        List<Line> lines,
        Totals totals,
        Payment payment,
        @Schema(example = "570.00") String paid,
        @Schema(example = "0.00") String due,
        String note,
        String cancelReason,
        Invoice invoice,
        List<CreditNoteResponse> returns) {

    /** The sale's GST document once issued. */
    public record Invoice(@Schema(example = "INV/25-26/000123") String invoiceNumber,
                          @Schema(example = "2026-11-24") String invoiceDate,
                          @Schema(example = "TAX_INVOICE") String documentType,
                          @Schema(example = "2026-27") String financialYear) {
    }

    /** A credit note for goods that came back. */
    public record CreditNoteResponse(@Schema(description = "the return's id") String id,
                                     @Schema(example = "CN/25-26/0000007") String creditNoteNumber,
                                     String creditNoteDate, String financialYear, String originalInvoiceNumber,
                                     String originalInvoiceDate, @Schema(example = "DAMAGED") String reason,
                                     String note, List<Line> lines, Totals totals, boolean restocked) {
    }

    /** The buyer as recorded. */
    public record Customer(String customerId, String name, String phone, String gstin, String stateCode, String address) {
    }

    /** One line with its tax. */
    public record Line(int number, String itemId, String sku, String name, String hsn, String unit,
                       @Schema(example = "2") String quantity, @Schema(example = "285.00") String unitPrice,
                       @Schema(example = "0.00") String discount, boolean priceIncludesTax,
                       @Schema(example = "542.86") String taxableValue, @Schema(example = "5") String gstRate,
                       String cessRate, @Schema(example = "13.57") String cgst, @Schema(example = "13.57") String sgst,
                       @Schema(example = "0.00") String igst, @Schema(example = "0.00") String cess,
                       @Schema(example = "570.00") String total) {
    }

    /** Totals; grandTotal is payable, after the round-off. */
    public record Totals(String gross, String discount, String taxableValue, String cgst, String sgst, String igst,
                         String cess, String beforeRoundOff, @Schema(example = "0.22") String roundOff,
                         @Schema(example = "10822.00") String grandTotal) {
    }

    /** How it was paid: parts in rupees. */
    public record Payment(String mode, List<Part> parts) {
    }

    /** One part of the payment. */
    public record Part(String mode, String amount) {
    }
}
