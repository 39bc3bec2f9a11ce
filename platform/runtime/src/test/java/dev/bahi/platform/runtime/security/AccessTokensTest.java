package dev.bahi.platform.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.runtime.BahiProperties;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {

    @TempDir
    Path dataDir;

    private static BahiProperties properties(Path dataDir, String jwk, String issuer) {
        return new BahiProperties(dataDir, null, null, new BahiProperties.Jwt(issuer, jwk, Duration.ofMinutes(15), null),
                null, null, false);
    }

    @Test
    void a_development_key_is_generated_once_and_kept_in_the_data_directory() throws Exception {
        SigningKeys first = SigningKeys.from(properties(dataDir, null, null));
        SigningKeys again = SigningKeys.from(properties(dataDir, null, null));
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(Files.readString(dataDir.resolve(SigningKeys.KEY_FILE))).contains("\"d\"");
        var published = (java.util.Collection<?>) first.publicJwkSet().get("keys");
        assertThat(published).hasSize(1);
        var key = (java.util.Map<?, ?>) published.iterator().next();
        assertThat(key.containsKey("x")).isTrue();
        assertThat(key.containsKey("d")).as("no private part is published").isFalse();
    }

    @Test
    void a_configured_key_is_used_and_no_file_is_written() {
        var pair = Jwts.SIG.ES256.keyPair().build();
        String jwk = Jwks.UNSAFE_JSON(Jwks.builder().ecKeyPair(pair).build());
        SigningKeys keys = SigningKeys.from(properties(dataDir, jwk, null));
        assertThat(keys.publicKey()).isEqualTo(pair.getPublic());
        assertThat(keys.keyId()).as("a key id is derived when the JWK has none").isNotBlank();
        assertThat(dataDir.resolve(SigningKeys.KEY_FILE)).doesNotExist();
    }

    @Test
    void a_configured_key_that_is_not_a_private_ec_key_is_refused() {
        var pair = Jwts.SIG.ES256.keyPair().build();
        String publicOnly = Jwks.json(Jwks.builder().ecKeyPair(pair).build().toPublicJwk());
        assertThatThrownBy(() -> SigningKeys.from(properties(dataDir, publicOnly, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_issued_token_verifies_to_its_principal() {
        BahiProperties properties = properties(dataDir, null, null);
        AccessTokens tokens = new AccessTokens(SigningKeys.from(properties), properties.jwt(), Clock.systemUTC());
        AccessTokens.Issued issued = tokens.issue("user-1", "tenant-1", List.of("OWNER"));
        BahiPrincipal principal = tokens.verify(issued.token());
        assertThat(principal).isEqualTo(new BahiPrincipal("user-1", "tenant-1", Set.of("OWNER"), issued.tokenId()));
        assertThat(issued.expiresInSeconds()).isEqualTo(900);
    }

    @Test
    void tokens_of_another_issuer_or_past_their_time_are_refused() {
        BahiProperties ours = properties(dataDir, null, "bahi");
        SigningKeys keys = SigningKeys.from(ours);
        AccessTokens theirs = new AccessTokens(keys, properties(dataDir, null, "someone-else").jwt(), Clock.systemUTC());
        AccessTokens tokens = new AccessTokens(keys, ours.jwt(), Clock.systemUTC());
        assertThatThrownBy(() -> tokens.verify(theirs.issue("u", "t", List.of("OWNER")).token()))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.code()).isEqualTo("TOKEN_INVALID"));

        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String old = new AccessTokens(keys, ours.jwt(), anHourAgo).issue("u", "t", List.of("OWNER")).token();
        assertThatThrownBy(() -> tokens.verify(old))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.code()).isEqualTo("TOKEN_EXPIRED"));
    }

    @Test
    void a_platform_admin_token_has_no_tenant() {
        BahiProperties properties = properties(dataDir, null, null);
        AccessTokens tokens = new AccessTokens(SigningKeys.from(properties), properties.jwt(), Clock.systemUTC());
        BahiPrincipal admin = tokens.verify(tokens.issue("platform-admin", null, List.of("PLATFORM_ADMIN")).token());
        assertThat(admin.tenantId()).isNull();
        assertThat(admin.isPlatformAdmin()).isTrue();
    }
}
