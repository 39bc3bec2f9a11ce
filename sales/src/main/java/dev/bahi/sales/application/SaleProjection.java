package dev.bahi.sales.application;

import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleSettled;
import java.util.ArrayList;
import java.util.List;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.out.SaleReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps the sales read model; every event sets state, so replaying the stream gives the same result. */
@ProcessingGroup(SaleProjection.PROCESSING_GROUP)
public class SaleProjection {
    public static final String PROCESSING_GROUP = "sales.sales";

    private final SaleReadModel sales;

    public SaleProjection(SaleReadModel sales) {
        this.sales = sales;
    }

    @EventHandler
    public void on(SaleRecorded e) {
        sales.save(new SaleView(e.saleId(), e.tenantId(), SaleStatus.RECORDED, e.seller(), e.buyer(), e.documentType(),
                e.supplyType(), e.placeOfSupply(), e.lines(), e.totals(), e.payment(), e.note(), e.businessDate(),
                e.recordedAt(), null, null, List.of()));
    }

    @EventHandler
    public void on(SaleCancelled e) {
        sales.find(e.tenantId(), e.saleId()).ifPresent(s -> sales.save(
                s.with(SaleStatus.CANCELLED, e.reason(), s.invoice(), s.returns())));
    }

    @EventHandler
    public void on(GstInvoiceIssued e) {
        sales.find(e.tenantId(), e.saleId()).ifPresent(s -> sales.save(
                s.with(SaleStatus.INVOICED, s.cancelReason(), e.invoice(), s.returns())));
    }

    /** Replay-safe: a credit note already on the sale (same return id) is not added twice. */
    @EventHandler
    public void on(SaleReturned e) {
        sales.find(e.tenantId(), e.saleId()).ifPresent(s -> {
            if (s.returns().stream().noneMatch(r -> r.returnId().equals(e.creditNote().returnId()))) {
                List<CreditNote> returns = new ArrayList<>(s.returns());
                returns.add(e.creditNote());
                sales.save(s.with(s.status(), s.cancelReason(), s.invoice(), returns));
            }
        });
    }

    /** Paid and due as the sale now stands after a payment or refund (absolute, so replays give the same). */
    @EventHandler
    public void on(SaleSettled e) {
        sales.find(e.tenantId(), e.saleId()).ifPresent(s -> sales.save(new SaleView(s.saleId(), s.tenantId(), s.status(),
                s.seller(), s.buyer(), s.documentType(), s.supplyType(), s.placeOfSupply(), s.lines(), s.totals(),
                new Payment(s.payment().mode(), s.payment().parts(), e.paid(), e.due()), s.note(), s.businessDate(),
                s.recordedAt(), s.cancelReason(), s.invoice(), s.returns())));
    }

    @ResetHandler
    public void reset() {
        sales.clear();
    }
}
