package dev.bahi.tenant.api;

/** How a shop is registered under GST, which decides what documents it may issue. */
public enum GstRegistration {
    /** Issues tax invoices showing GST. */
    REGULAR,
    /** Composition scheme: issues bills of supply, never collects tax. */
    COMPOSITION,
    /** Below the threshold: plain cash memos, no GSTIN. */
    UNREGISTERED
}
