package dev.bahi.payments.application.port.out;

import java.util.Optional;

/** UPI UTRs recorded per shop, so that the same UPI credit is never counted twice, even when two claims race. */
public interface UtrDirectory {
    /**
     * Reserves {@code utr} in the shop for {@code paymentId}: true when this call claimed it, false when the payment
     * already held it; a StateConflict UTR_ALREADY_RECORDED when another payment holds it.
     */
    boolean claim(String tenantId, String utr, String paymentId);

    /** Gives a reservation back, only if it is still {@code paymentId}'s. */
    void release(String tenantId, String utr, String paymentId);

    Optional<String> paymentOf(String tenantId, String utr);
}
