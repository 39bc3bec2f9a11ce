package dev.bahi.payments.application.port.in;

import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import java.util.Optional;

/** Reading a shop's payments. */
public interface FindPaymentsUseCase {
    Optional<PaymentView> find(String tenantId, String paymentId);

    PaymentPage list(ListPayments query);
}
