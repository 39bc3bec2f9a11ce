package dev.bahi.payments.application;

import dev.bahi.payments.api.FindPayment;
import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.application.port.in.FindPaymentsUseCase;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Reads payments through the query bus, so that the read side can move to another service unchanged. */
public final class PaymentQueryService implements FindPaymentsUseCase {
    private final QueryGateway queries;
    private final Duration catchUpWait;

    public PaymentQueryService(QueryGateway queries, Duration catchUpWait) {
        this.queries = queries;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public Optional<PaymentView> find(String tenantId, String paymentId) {
        return queries.query(new FindPayment(tenantId, paymentId), ResponseTypes.optionalInstanceOf(PaymentView.class))
                .join();
    }

    /** For a payment this caller has just written: waits until the read model shows what was written. */
    Optional<PaymentView> findAfterWrite(String tenantId, String paymentId, Predicate<PaymentView> written) {
        return ReadYourWrites.await(() -> find(tenantId, paymentId).filter(written), catchUpWait);
    }

    @Override
    public PaymentPage list(ListPayments query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is on or before to");
        }
        return queries.query(query, ResponseTypes.instanceOf(PaymentPage.class)).join();
    }
}
