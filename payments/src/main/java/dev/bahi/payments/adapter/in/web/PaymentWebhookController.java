package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.application.port.in.PaymentWebhooksUseCase;
import dev.bahi.payments.application.port.in.PaymentWebhooksUseCase.WebhookOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment providers' notifications. Public (no token): each is authenticated by its signature over the raw body, so
 * the body is read as bytes, exactly as sent.
 */
@RestController
@RequestMapping("/api/v1/webhooks/payments")
@Tag(name = "Payment webhooks", description = "Signed payment confirmations from payment providers")
public class PaymentWebhookController {
    private final PaymentWebhooksUseCase webhooks;

    public PaymentWebhookController(PaymentWebhooksUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/{provider}")
    @Operation(summary = "Receive a provider's notification", description = "No token: signed with the shop's secret "
            + "for the provider (generic: header X-Bahi-Signature: sha256=<hex HMAC-SHA256 of the raw body>). "
            + "payment.succeeded / payment.failed for a pending payment (paymentId), or payment.succeeded for an open "
            + "UPI request (reference), which records the payment. Idempotent on the provider's eventId.")
    @ApiResponse(responseCode = "200", description = "APPLIED (with paymentId), DUPLICATE or IGNORED")
    @ApiResponse(responseCode = "400", description = "PAYLOAD_INVALID")
    @ApiResponse(responseCode = "401", description = "SIGNATURE_INVALID: no secret set, or a missing or wrong "
            + "signature; nothing was changed")
    @ApiResponse(responseCode = "404", description = "no such provider (code PROVIDER_UNKNOWN)")
    public WebhookResponse receive(@PathVariable String provider, @RequestBody(required = false) byte[] body,
                                   @RequestHeader HttpHeaders headers) {
        WebhookOutcome outcome = webhooks.receive(provider, body, headers::getFirst);
        return new WebhookResponse(outcome.status().name(), outcome.paymentId());
    }
}
