package dev.bahi.payments.application.port.out;

import dev.bahi.payments.api.UpiRequestView;
import java.util.Optional;

/** The UPI requests read model, found by id and by transaction reference, always within one shop. */
public interface UpiRequestReadModel {
    void save(UpiRequestView request);

    Optional<UpiRequestView> find(String tenantId, String upiRequestId);

    Optional<UpiRequestView> findByReference(String tenantId, String reference);

    void clear();
}
