package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.application.port.in.ManagePaymentProvidersUseCase;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's payment providers and their webhook signing secrets; the owner's alone. */
@RestController
@RequestMapping("/api/v1/payments/providers")
@Tag(name = "Payment providers", description = "Webhook signing secrets of the shop's payment providers")
public class PaymentProviderController {
    static final String OWNER = "hasRole('OWNER')";

    private final ManagePaymentProvidersUseCase providers;

    public PaymentProviderController(ManagePaymentProvidersUseCase providers) {
        this.providers = providers;
    }

    @PutMapping("/{provider}")
    @PreAuthorize(OWNER)
    @Operation(summary = "Set a provider's webhook secret", description = "Owner only. The secret (16 to 256 "
            + "characters) signs the provider's webhooks to /api/v1/webhooks/payments/{provider}; it replaces any "
            + "earlier one and is never shown again. Providers: generic.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "secret": "a long random string from the provider's dashboard" }"""))))
    @ApiResponse(responseCode = "204", description = "the secret is set")
    @ApiResponse(responseCode = "400", description = "SECRET_INVALID")
    @ApiResponse(responseCode = "404", description = "no such provider (code PROVIDER_UNKNOWN)")
    public ResponseEntity<Void> setSecret(@PathVariable String provider, @RequestBody ProviderSecretRequest request) {
        providers.setSecret(CurrentPrincipal.tenantId(), provider, request.secret());
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(OWNER)
    @Operation(summary = "Configured providers", description = "Owner only. Names and when each secret was set; "
            + "never the secrets.")
    @ApiResponse(responseCode = "200", description = "the configured providers")
    public List<ProviderResponse> list() {
        return providers.list(CurrentPrincipal.tenantId()).stream()
                .map(p -> new ProviderResponse(p.provider(), p.configuredAt())).toList();
    }
}
