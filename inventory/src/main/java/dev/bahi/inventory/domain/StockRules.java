package dev.bahi.inventory.domain;

/** What the item needs to know about its shop when stock is issued; provided by the application. */
public interface StockRules {
    /** True when the shop refuses sales and write-offs that would take stock below zero. */
    boolean strictStock(String tenantId);
}
