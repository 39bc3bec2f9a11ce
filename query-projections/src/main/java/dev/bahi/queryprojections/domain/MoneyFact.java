package dev.bahi.queryprojections.domain;

/**
 * Money that came in ({@code amount} positive: a payment received) or went back (negative: a refund) on
 * {@code businessDate} by {@code method}; {@code id} is the payment's or the refund's, {@code saleId} and
 * {@code counter} those of the payment.
 */
public record MoneyFact(String tenantId, String id, String paymentId, String saleId, boolean counter, String method,
                        String businessDate, long amount) {

    /** A payment received on {@code businessDate}. */
    public static MoneyFact received(PaymentFact payment, String businessDate) {
        return new MoneyFact(payment.tenantId(), payment.paymentId(), payment.paymentId(), payment.saleId(),
                payment.counter(), payment.method(), businessDate, payment.amount());
    }

    /** Part or all of {@code payment} given back on {@code businessDate}. */
    public static MoneyFact refunded(PaymentFact payment, String refundId, long amount, String businessDate) {
        return new MoneyFact(payment.tenantId(), refundId, payment.paymentId(), payment.saleId(), payment.counter(),
                payment.method(), businessDate, -amount);
    }
}
