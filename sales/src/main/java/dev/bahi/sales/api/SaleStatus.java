package dev.bahi.sales.api;

/** A sale is recorded, may get its GST invoice, and may be cancelled only before that. */
public enum SaleStatus { RECORDED, INVOICED, CANCELLED }
