package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A sale's GST document; {@code pdfUrl} works without a token until it expires (shareable on WhatsApp). */
@Schema(name = "GstInvoice")
public record InvoiceResponse(
        @Schema(example = "INV/25-26/000123") String invoiceNumber,
        @Schema(example = "2026-11-24") String invoiceDate,
        @Schema(example = "TAX_INVOICE") String documentType,
        @Schema(example = "2026-27") String financialYear,
        @Schema(example = "https://shop.bahi.example/api/v1/shared/invoices/…/….pdf?layout=A4&expires=1764576000&signature=…")
        String pdfUrl) {
}
