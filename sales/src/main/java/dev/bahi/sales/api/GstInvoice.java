package dev.bahi.sales.api;

/** A sale's GST document: its number in the shop's series, date (yyyy-MM-dd) and financial year ("2025-26"). */
public record GstInvoice(String invoiceNumber, String invoiceDate, DocumentType documentType, String financialYear) {
}
