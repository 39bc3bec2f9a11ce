package dev.bahi.payments.application.port.in;

import dev.bahi.payments.application.port.out.ProviderSecrets.ConfiguredProvider;
import java.util.List;

/** A shop's payment providers: the secret each signs its webhooks with, never shown again once set. */
public interface ManagePaymentProvidersUseCase {
    void setSecret(String tenantId, String provider, String secret);

    List<ConfiguredProvider> list(String tenantId);
}
