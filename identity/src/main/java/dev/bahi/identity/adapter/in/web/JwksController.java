package dev.bahi.identity.adapter.in.web;

import dev.bahi.platform.runtime.security.SigningKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys access tokens can be verified with. */
@RestController
@Tag(name = "Authentication")
class JwksController {
    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/json")
    @SecurityRequirements
    @Operation(summary = "JSON Web Key Set of the access-token signing keys (ES256)")
    Map<String, Object> jwks() {
        return keys.publicJwkSet();
    }
}
