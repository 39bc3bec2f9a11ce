package dev.bahi.sales.application.port.out;

/** Lays out a GST document as a PDF. */
public interface InvoicePdfRenderer {
    byte[] render(InvoiceDocument document, PdfLayout layout);
}
