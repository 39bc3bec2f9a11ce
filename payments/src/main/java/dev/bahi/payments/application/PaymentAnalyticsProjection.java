package dev.bahi.payments.application;

import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.application.port.out.PaymentAnalyticsEntry;
import dev.bahi.payments.application.port.out.PaymentAnalyticsReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps one analytics entry per payment (day, method, status, amount, refunded total); the totals are summed when
 * asked. Every event sets absolute values on its payment's entry (the status it now has, the refunded total after a
 * refund), never adds to a counter, so handling an event twice or replaying the stream gives the same entries.
 */
@ProcessingGroup(PaymentAnalyticsProjection.PROCESSING_GROUP)
public class PaymentAnalyticsProjection {
    public static final String PROCESSING_GROUP = "payments.analytics";

    private final PaymentAnalyticsReadModel entries;

    public PaymentAnalyticsProjection(PaymentAnalyticsReadModel entries) {
        this.entries = entries;
    }

    @EventHandler
    public void on(PaymentRecorded e) {
        entries.save(new PaymentAnalyticsEntry(e.tenantId(), e.paymentId(), e.businessDate(), e.method(), e.status(),
                e.amount(), 0));
    }

    @EventHandler
    public void on(PaymentSucceeded e) {
        withStatus(e.tenantId(), e.paymentId(), PaymentStatus.SUCCEEDED);
    }

    @EventHandler
    public void on(PaymentFailed e) {
        withStatus(e.tenantId(), e.paymentId(), PaymentStatus.FAILED);
    }

    @EventHandler
    public void on(PaymentRefunded e) {
        entries.find(e.tenantId(), e.paymentId()).ifPresent(p -> entries.save(new PaymentAnalyticsEntry(p.tenantId(),
                p.paymentId(), p.businessDate(), p.method(), e.status(), p.amount(), e.refundedTotal())));
    }

    @ResetHandler
    public void reset() {
        entries.clear();
    }

    private void withStatus(String tenantId, String paymentId, PaymentStatus status) {
        entries.find(tenantId, paymentId).ifPresent(p -> entries.save(new PaymentAnalyticsEntry(p.tenantId(),
                p.paymentId(), p.businessDate(), p.method(), status, p.amount(), p.refunded())));
    }
}
