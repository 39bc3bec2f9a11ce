package dev.bahi.sales.api;

/**
 * A sale's GST document as a file: {@code signedPath} is the path of a link that works without a token for 7 days
 * (prefix it with the platform's public address), {@code content} the PDF itself.
 */
public record InvoicePdf(String saleId, String invoiceNumber, DocumentType documentType, String fileName,
                         String signedPath, byte[] content) {
}
