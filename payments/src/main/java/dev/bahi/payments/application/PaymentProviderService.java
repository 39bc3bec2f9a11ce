package dev.bahi.payments.application;

import dev.bahi.payments.application.port.in.ManagePaymentProvidersUseCase;
import dev.bahi.payments.application.port.out.PaymentProviderGateway;
import dev.bahi.payments.application.port.out.ProviderSecrets;
import dev.bahi.payments.application.port.out.ProviderSecrets.ConfiguredProvider;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shop's provider secrets. Only providers with an adapter can be configured (PROVIDER_UNKNOWN otherwise); a
 * secret is 16 to 256 characters and is stored outside the event store, never in an event.
 */
public final class PaymentProviderService implements ManagePaymentProvidersUseCase {
    static final Pattern NAME = Pattern.compile("[a-z0-9]{2,30}");
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 256;

    private final Map<String, PaymentProviderGateway> gateways;
    private final ProviderSecrets secrets;
    private final Clock clock;

    public PaymentProviderService(Map<String, PaymentProviderGateway> gateways, ProviderSecrets secrets, Clock clock) {
        this.gateways = Map.copyOf(gateways);
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public void setSecret(String tenantId, String provider, String secret) {
        gateway(gateways, provider);
        if (secret == null || secret.length() < SECRET_MIN || secret.length() > SECRET_MAX || secret.isBlank()) {
            throw new RuleViolation("SECRET_INVALID", "secret", "a secret is " + SECRET_MIN + " to " + SECRET_MAX
                    + " characters");
        }
        secrets.put(tenantId, provider, secret, clock.instant());
    }

    @Override
    public List<ConfiguredProvider> list(String tenantId) {
        return secrets.list(tenantId);
    }

    /** The adapter of a provider by name; 404 PROVIDER_UNKNOWN for a malformed or unsupported name. */
    static PaymentProviderGateway gateway(Map<String, PaymentProviderGateway> gateways, String provider) {
        PaymentProviderGateway gateway = provider == null || !NAME.matcher(provider).matches() ? null
                : gateways.get(provider);
        if (gateway == null) {
            throw new NotFound("PROVIDER_UNKNOWN", "no payment provider '" + provider + "'");
        }
        return gateway;
    }
}
