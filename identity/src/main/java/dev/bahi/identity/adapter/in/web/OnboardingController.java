package dev.bahi.identity.adapter.in.web;

import dev.bahi.identity.adapter.in.web.IdentityWebDtos.OnboardTenantBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.OnboardedTenantBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.SignupBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.TokenBody;
import dev.bahi.identity.application.port.in.OnboardingUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shops joining Bahi: self-service signup, and onboarding by the platform admin. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding", description = "Signing a shop up")
class OnboardingController {
    private final OnboardingUseCase onboarding;
    private final IdentityWebMapper mapper;

    OnboardingController(OnboardingUseCase onboarding, IdentityWebMapper mapper) {
        this.onboarding = onboarding;
        this.mapper = mapper;
    }

    @PostMapping("/signup")
    @SecurityRequirements
    @Operation(summary = "Sign a shop up with its owner; answers the owner's tokens",
            description = "GSTIN is required unless gstRegistration is UNREGISTERED and must match stateCode. "
                    + "Switched off with bahi.signup.enabled=false (403 SIGNUP_DISABLED).")
    ResponseEntity<TokenBody> signUp(@Valid @RequestBody SignupBody body) {
        var owner = new OnboardingUseCase.OwnerInput(body.owner().name(), body.owner().email(), body.owner().phone(),
                body.owner().password());
        TokenBody tokens = mapper.toBody(onboarding.signUp(mapper.toProfile(body.business()), owner));
        return ResponseEntity.created(URI.create("/api/v1/tenant")).body(tokens);
    }

    @PostMapping("/tenants")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Onboard a shop (platform admin); answers a one-time owner invitation",
            description = "The owner registers with the invitation token at POST /api/v1/auth/register.")
    ResponseEntity<OnboardedTenantBody> onboard(@Valid @RequestBody OnboardTenantBody body) {
        var owner = body.owner();
        var shop = onboarding.onboard(mapper.toProfile(body.business()),
                owner == null ? null : owner.name(), owner == null ? null : owner.email(),
                owner == null ? null : owner.phone());
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + shop.tenantId()))
                .body(new OnboardedTenantBody(shop.tenantId(), mapper.toBody(shop.ownerInvitation())));
    }
}
