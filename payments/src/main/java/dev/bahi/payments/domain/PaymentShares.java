package dev.bahi.payments.domain;

/**
 * What a confirmation or a refund moves (paise): {@code sale} on sale {@code saleId}, {@code udhaar} on customer
 * {@code customerId}'s khata; {@code reference} is what the khata shows (the UTR, the card approval or the id).
 */
public record PaymentShares(String paymentId, String saleId, long sale, String customerId, long udhaar,
                            String method, String reference) {
    public static PaymentShares none(String paymentId) {
        return new PaymentShares(paymentId, null, 0, null, 0, null, null);
    }

    public boolean isEmpty() {
        return sale == 0 && udhaar == 0;
    }
}
