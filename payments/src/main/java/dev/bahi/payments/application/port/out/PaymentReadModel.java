package dev.bahi.payments.application.port.out;

import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import java.util.Optional;

/** The payments read model. */
public interface PaymentReadModel {
    void save(PaymentView payment);

    Optional<PaymentView> find(String tenantId, String paymentId);

    PaymentPage list(ListPayments query);

    void clear();
}
