package dev.bahi.sales.api;

/** Same state as the shop: CGST + SGST/UTGST; another state: IGST. */
public enum SupplyType { INTRA_STATE, INTER_STATE }
