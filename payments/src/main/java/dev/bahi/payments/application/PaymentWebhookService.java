package dev.bahi.payments.application;

import dev.bahi.payments.api.FindUpiRequestByReference;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.payments.api.UpiRequestStatus;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.payments.application.port.in.FindPaymentsUseCase;
import dev.bahi.payments.application.port.in.ManagePaymentsUseCase;
import dev.bahi.payments.application.port.in.PaymentInput;
import dev.bahi.payments.application.port.in.PaymentWebhooksUseCase;
import dev.bahi.payments.application.port.out.PaymentProviderGateway;
import dev.bahi.payments.application.port.out.ProviderEvent;
import dev.bahi.payments.application.port.out.ProviderSecrets;
import dev.bahi.payments.application.port.out.WebhookEvents;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.Money;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Turns a provider's signed notification into a payment status change, through the same use case a person at the
 * counter uses (so UTRs are claimed and sales and khatas settled the same way).
 *
 * <p>Nothing is read from the body beyond the shop it names until its signature checks out with that shop's secret
 * for the provider; an unknown shop, a shop without a secret, a missing or a wrong signature all get the same 401
 * SIGNATURE_INVALID, so that the answer tells a forger nothing.
 *
 * <p>Providers retry every notification that is not answered with a 2xx. So a notification that is genuine but names
 * nothing this shop is waiting for (an unknown or settled payment, an unknown reference) is answered 200 IGNORED
 * rather than 4xx, else it would be sent again and again. A notification is marked applied (per shop, provider and
 * provider event id) only after it was applied, and a replay of it is answered 200 DUPLICATE; should two deliveries
 * of one event race, the loser fails on the payment's own rules (ILLEGAL_TRANSITION, UTR_ALREADY_RECORDED), and its
 * retry is a DUPLICATE.
 */
public final class PaymentWebhookService implements PaymentWebhooksUseCase {
    static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";

    private final Map<String, PaymentProviderGateway> gateways;
    private final ProviderSecrets secrets;
    private final WebhookEvents events;
    private final ManagePaymentsUseCase manage;
    private final FindPaymentsUseCase payments;
    private final QueryGateway queries;

    public PaymentWebhookService(Map<String, PaymentProviderGateway> gateways, ProviderSecrets secrets,
                                 WebhookEvents events, ManagePaymentsUseCase manage, FindPaymentsUseCase payments,
                                 QueryGateway queries) {
        this.gateways = Map.copyOf(gateways);
        this.secrets = secrets;
        this.events = events;
        this.manage = manage;
        this.payments = payments;
        this.queries = queries;
    }

    @Override
    public WebhookOutcome receive(String provider, byte[] body, UnaryOperator<String> headers) {
        PaymentProviderGateway gateway = PaymentProviderService.gateway(gateways, provider);
        byte[] raw = body == null ? new byte[0] : body;
        String tenantId = gateway.merchantId(raw);
        Optional<String> secret = tenantId == null || tenantId.isBlank() ? Optional.empty()
                : secrets.secretOf(tenantId, provider);
        if (secret.isEmpty() || !gateway.verify(raw, headers, secret.get())) {
            throw new AccessRefused(AccessRefused.Kind.UNAUTHENTICATED, SIGNATURE_INVALID,
                    "the webhook's signature is missing or does not match");
        }
        ProviderEvent event = gateway.parse(raw);
        if (events.isApplied(tenantId, provider, event.eventId())) {
            return new WebhookOutcome(WebhookOutcome.Status.DUPLICATE, null);
        }
        String by = "webhook:" + provider;
        String paymentId = event.paymentId() != null ? changeStatus(tenantId, by, event)
                : event.reference() != null && event.kind() == ProviderEvent.Kind.SUCCEEDED
                ? recordForRequest(tenantId, by, event) : null;
        if (paymentId == null) {
            return new WebhookOutcome(WebhookOutcome.Status.IGNORED, null);
        }
        events.markApplied(tenantId, provider, event.eventId(), paymentId);
        return new WebhookOutcome(WebhookOutcome.Status.APPLIED, paymentId);
    }

    /**
     * A pending payment of the shop confirmed or failed; null when the shop has no such pending payment, or when a
     * confirmation names another amount than the payment's (a provider never confirms a different sum).
     */
    private String changeStatus(String tenantId, String by, ProviderEvent event) {
        Optional<PaymentView> payment = Ids.isId(event.paymentId()) ? payments.find(tenantId, event.paymentId())
                : Optional.empty();
        if (payment.isEmpty() || payment.get().status() != PaymentStatus.PENDING) {
            return null;
        }
        if (event.kind() == ProviderEvent.Kind.SUCCEEDED && event.amount() != payment.get().amount()) {
            return null;
        }
        PaymentStatus to = event.kind() == ProviderEvent.Kind.SUCCEEDED ? PaymentStatus.SUCCEEDED
                : PaymentStatus.FAILED;
        manage.changeStatus(tenantId, by, event.paymentId(), to.name(),
                to == PaymentStatus.SUCCEEDED ? event.utr() : null, "provider event " + event.eventId());
        return event.paymentId();
    }

    /** A new SUCCEEDED UPI payment for an open UPI request's sale or khata; null when the shop has no such request. */
    private String recordForRequest(String tenantId, String by, ProviderEvent event) {
        Optional<UpiRequestView> found = queries.query(new FindUpiRequestByReference(tenantId, event.reference()),
                ResponseTypes.optionalInstanceOf(UpiRequestView.class)).join();
        if (found.isEmpty() || found.get().status() != UpiRequestStatus.OPEN) {
            return null;
        }
        UpiRequestView request = found.get();
        PaymentInput input = new PaymentInput("UPI", Money.format(event.amount()), request.saleId(),
                request.customerId(), request.saleId() != null ? Boolean.TRUE : null,
                new UpiDetails(event.utr(), event.payerVpa()), null, PaymentStatus.SUCCEEDED.name(),
                "UPI request " + request.reference() + ", provider event " + event.eventId());
        return manage.record(tenantId, by, input).paymentId();
    }
}
