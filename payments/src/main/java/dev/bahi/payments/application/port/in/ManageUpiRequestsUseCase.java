package dev.bahi.payments.application.port.in;

import dev.bahi.payments.api.UpiRequestView;
import java.util.Optional;

/** Asking to be paid by UPI, and reading what was asked. */
public interface ManageUpiRequestsUseCase {
    /** Opens a request for a sale's due or a customer's balance (or {@code input.amount()}); answers it. */
    UpiRequestView open(String tenantId, String userId, UpiRequestInput input);

    Optional<UpiRequestView> find(String tenantId, String upiRequestId);

    /** The PNG of the request's QR code, which encodes exactly its link; empty when the shop has no such request. */
    Optional<byte[]> qrPng(String tenantId, String upiRequestId);
}
