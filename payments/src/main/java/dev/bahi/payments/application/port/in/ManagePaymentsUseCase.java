package dev.bahi.payments.application.port.in;

import dev.bahi.payments.api.PaymentView;

/** Recording payments, confirming or failing pending ones, and refunding; {@code userId} is who does it. */
public interface ManagePaymentsUseCase {
    PaymentView record(String tenantId, String userId, PaymentInput input);

    /** {@code status} SUCCEEDED (with the UTR of a UPI payment) or FAILED. */
    PaymentView changeStatus(String tenantId, String userId, String paymentId, String status, String utr,
                             String reason);

    /** Answers the refund's id and the payment after it. */
    Refund refund(String tenantId, String userId, String paymentId, String amount, String reason);

    /** A refund given and the payment as it stands after it. */
    record Refund(String refundId, long amount, String reason, PaymentView payment) {
    }
}
