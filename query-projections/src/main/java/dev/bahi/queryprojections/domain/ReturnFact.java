package dev.bahi.queryprojections.domain;

/** A credit note dated {@code businessDate} against sale {@code saleId}, for {@code amount} (its grand total, paise). */
public record ReturnFact(String tenantId, String returnId, String saleId, String businessDate, long amount) {
}
