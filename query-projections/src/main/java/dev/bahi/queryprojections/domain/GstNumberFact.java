package dev.bahi.queryprojections.domain;

/** Number {@code sequence} of a series ({@code INVOICE} or {@code CREDIT_NOTE}, per financial year) went to a document. */
public record GstNumberFact(String tenantId, String documentId, String series, String financialYear, long sequence,
                            String number) {
}
