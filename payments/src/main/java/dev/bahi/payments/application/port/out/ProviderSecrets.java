package dev.bahi.payments.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each shop's webhook signing secret per payment provider. Kept apart from the event store on purpose: events are
 * audit history and are never to carry a secret.
 */
public interface ProviderSecrets {
    /** Sets (or replaces) the shop's secret for {@code provider}. */
    void put(String tenantId, String provider, String secret, Instant configuredAt);

    Optional<String> secretOf(String tenantId, String provider);

    /** The providers the shop has a secret for, by name, without the secrets. */
    List<ConfiguredProvider> list(String tenantId);

    /** A provider the shop has configured, and when its secret was last set. */
    record ConfiguredProvider(String provider, Instant configuredAt) {
    }
}
