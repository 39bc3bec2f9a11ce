package dev.bahi.payments.application;

import dev.bahi.payments.api.FindPayment;
import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.application.port.out.PaymentReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the payments context's queries from its read model only, always within the asking shop. */
public class PaymentQueryHandler {
    private final PaymentReadModel payments;

    public PaymentQueryHandler(PaymentReadModel payments) {
        this.payments = payments;
    }

    /** Null when the shop has no such payment, which {@code optionalInstanceOf} callers see as empty. */
    @QueryHandler
    public PaymentView handle(FindPayment query) {
        return payments.find(query.tenantId(), query.paymentId()).orElse(null);
    }

    @QueryHandler
    public PaymentPage handle(ListPayments query) {
        return payments.list(query);
    }
}
