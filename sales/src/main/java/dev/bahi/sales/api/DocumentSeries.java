package dev.bahi.sales.api;

/** The consecutive number series a shop keeps per financial year: invoices (and bills of supply), credit notes. */
public enum DocumentSeries { INVOICE, CREDIT_NOTE }
