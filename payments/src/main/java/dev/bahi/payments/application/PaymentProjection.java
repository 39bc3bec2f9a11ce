package dev.bahi.payments.application;

import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.RefundView;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.payments.application.port.out.PaymentReadModel;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the shop's payments. Events carry absolute values (the status, the refunded total after a refund), so
 * handling an event twice or replaying the stream gives the same read model.
 */
@ProcessingGroup(PaymentProjection.PROCESSING_GROUP)
public class PaymentProjection {
    public static final String PROCESSING_GROUP = "payments.payments";

    private final PaymentReadModel payments;

    public PaymentProjection(PaymentReadModel payments) {
        this.payments = payments;
    }

    @EventHandler
    public void on(PaymentRecorded e) {
        payments.save(new PaymentView(e.paymentId(), e.tenantId(), e.method(), e.status(), e.amount(), 0, e.saleId(),
                e.saleAmount(), e.customerId(), e.udhaarAmount(), e.upi(), e.card(), e.note(), null, e.businessDate(),
                e.recordedBy(), e.recordedAt(), e.recordedAt(), List.of()));
    }

    @EventHandler
    public void on(PaymentSucceeded e) {
        payments.find(e.tenantId(), e.paymentId()).ifPresent(p -> payments.save(new PaymentView(p.paymentId(),
                p.tenantId(), p.method(), PaymentStatus.SUCCEEDED, p.amount(), p.refunded(), p.saleId(),
                p.saleAmount(), p.customerId(), p.udhaarAmount(), withUtr(p.upi(), e.utr()), p.card(), p.note(),
                e.reason(), p.businessDate(), p.recordedBy(), p.recordedAt(), e.changedAt(), p.refunds())));
    }

    @EventHandler
    public void on(PaymentFailed e) {
        payments.find(e.tenantId(), e.paymentId()).ifPresent(p -> payments.save(new PaymentView(p.paymentId(),
                p.tenantId(), p.method(), PaymentStatus.FAILED, p.amount(), p.refunded(), p.saleId(), p.saleAmount(),
                p.customerId(), p.udhaarAmount(), p.upi(), p.card(), p.note(), e.reason(), p.businessDate(),
                p.recordedBy(), p.recordedAt(), e.changedAt(), p.refunds())));
    }

    @EventHandler
    public void on(PaymentRefunded e) {
        payments.find(e.tenantId(), e.paymentId()).ifPresent(p -> {
            if (p.refunds().stream().anyMatch(r -> r.refundId().equals(e.refundId()))) {
                return;
            }
            List<RefundView> refunds = new ArrayList<>(p.refunds());
            refunds.add(new RefundView(e.refundId(), e.amount(), e.reason(), e.refundedBy(), e.refundedAt()));
            payments.save(new PaymentView(p.paymentId(),
                p.tenantId(), p.method(), e.status(), p.amount(), e.refundedTotal(), p.saleId(), p.saleAmount(),
                p.customerId(), p.udhaarAmount(), p.upi(), p.card(), p.note(), e.reason(), p.businessDate(),
                p.recordedBy(), p.recordedAt(), e.refundedAt(), refunds));
        });
    }

    @ResetHandler
    public void reset() {
        payments.clear();
    }

    private static UpiDetails withUtr(UpiDetails upi, String utr) {
        if (utr == null) {
            return upi;
        }
        return new UpiDetails(utr, upi == null ? null : upi.payerVpa());
    }
}
