package dev.bahi.payments.application;

import dev.bahi.payments.api.UpiRequestOpened;
import dev.bahi.payments.api.UpiRequestStatus;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.payments.application.port.out.UpiRequestReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps the shop's UPI requests, by id and by reference; saving the whole view makes replays harmless. */
@ProcessingGroup(UpiRequestProjection.PROCESSING_GROUP)
public class UpiRequestProjection {
    public static final String PROCESSING_GROUP = "payments.upi-requests";

    private final UpiRequestReadModel requests;

    public UpiRequestProjection(UpiRequestReadModel requests) {
        this.requests = requests;
    }

    @EventHandler
    public void on(UpiRequestOpened e) {
        requests.save(new UpiRequestView(e.upiRequestId(), e.tenantId(), e.reference(), e.amount(), e.saleId(),
                e.customerId(), e.payeeVpa(), e.payeeName(), e.note(), e.link(), UpiRequestStatus.OPEN, e.openedBy(),
                e.openedAt()));
    }

    @ResetHandler
    public void reset() {
        requests.clear();
    }
}
