package dev.bahi.sales.domain;

import dev.bahi.sales.api.DocumentSeries;

/**
 * Hands out the next number of a shop's series, inside the asking command's unit of work, so that a number is
 * kept only when the document that took it is recorded: no gaps, no duplicates. Provided by the application.
 */
public interface DocumentNumbers {
    String next(String tenantId, DocumentSeries series, String financialYear, String prefix, String documentId);
}
