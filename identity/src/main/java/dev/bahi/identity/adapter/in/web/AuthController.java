package dev.bahi.identity.adapter.in.web;

import dev.bahi.identity.adapter.in.web.IdentityWebDtos.LoginBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.LogoutBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.RefreshBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.RegisterBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.TokenBody;
import dev.bahi.identity.application.port.in.AuthenticationUseCase;
import dev.bahi.identity.application.port.in.UserManagementUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Logging in and out, refreshing tokens, and registering with an invitation. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {
    private final AuthenticationUseCase authentication;
    private final UserManagementUseCase users;
    private final IdentityWebMapper mapper;

    AuthController(AuthenticationUseCase authentication, UserManagementUseCase users, IdentityWebMapper mapper) {
        this.authentication = authentication;
        this.users = users;
        this.mapper = mapper;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Log in with e-mail or phone (9822012345, +91 98220 12345 and +919822012345 are one login)",
            description = "401 INVALID_CREDENTIALS; 423 ACCOUNT_LOCKED after 5 wrong passwords in a row (15 minutes); "
                    + "400 TENANT_REQUIRED when the login exists in several shops and tenantId is not given.")
    TokenBody login(@Valid @RequestBody LoginBody body) {
        return mapper.toBody(authentication.login(
                new AuthenticationUseCase.LoginInput(body.login(), body.password(), body.tenantId())));
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for new tokens; each refresh token works once",
            description = "Presenting a refresh token that was already used revokes every token of its family.")
    TokenBody refresh(@Valid @RequestBody RefreshBody body) {
        return mapper.toBody(authentication.refresh(body.refreshToken()));
    }

    @PostMapping("/logout")
    @Operation(summary = "End this access token now and, if given, the refresh token's family")
    ResponseEntity<Void> logout(@RequestBody(required = false) LogoutBody body) {
        authentication.logout(body == null ? null : body.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/register")
    @SecurityRequirements
    @Operation(summary = "Become a user of a shop with a one-time invitation; answers tokens")
    ResponseEntity<TokenBody> register(@Valid @RequestBody RegisterBody body) {
        TokenBody tokens = mapper.toBody(users.register(new UserManagementUseCase.Registration(body.invitation(),
                body.name(), body.email(), body.phone(), body.password())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + tokens.userId())).body(tokens);
    }
}
