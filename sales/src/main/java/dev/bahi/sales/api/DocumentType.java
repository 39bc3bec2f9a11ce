package dev.bahi.sales.api;

/** A regular GST dealer issues tax invoices; composition and unregistered shops issue bills of supply. */
public enum DocumentType { TAX_INVOICE, BILL_OF_SUPPLY }
