package dev.bahi.payments.application;

import dev.bahi.payments.api.FindUpiRequest;
import dev.bahi.payments.api.FindUpiRequestByReference;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.payments.application.port.out.UpiRequestReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the UPI request queries from the read model only, always within the asking shop. */
public class UpiRequestQueryHandler {
    private final UpiRequestReadModel requests;

    public UpiRequestQueryHandler(UpiRequestReadModel requests) {
        this.requests = requests;
    }

    /** Null when the shop has no such request, which {@code optionalInstanceOf} callers see as empty. */
    @QueryHandler
    public UpiRequestView handle(FindUpiRequest query) {
        return requests.find(query.tenantId(), query.upiRequestId()).orElse(null);
    }

    /** Null when the shop has no request with this reference. */
    @QueryHandler
    public UpiRequestView handle(FindUpiRequestByReference query) {
        if (query.reference() == null || query.reference().isBlank()) {
            return null;
        }
        return requests.findByReference(query.tenantId(), query.reference().trim()).orElse(null);
    }
}
