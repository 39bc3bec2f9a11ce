package dev.bahi.payments.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The payment analytics read model: one entry per payment, keyed by shop and payment. */
public interface PaymentAnalyticsReadModel {
    void save(PaymentAnalyticsEntry entry);

    Optional<PaymentAnalyticsEntry> find(String tenantId, String paymentId);

    /** The shop's payments recorded between two business dates (inclusive), by date then payment. */
    List<PaymentAnalyticsEntry> between(String tenantId, LocalDate from, LocalDate to);

    void clear();
}
