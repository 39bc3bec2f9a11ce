package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.EcPrivateJwk;
import io.jsonwebtoken.security.Jwks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every way of presenting a token that must not be trusted is refused with 401. */
class TokenAttacksIT extends EndToEndTest {

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /** The development signing key the running application generated in its data directory. */
    private static EcPrivateJwk realKey() throws Exception {
        return (EcPrivateJwk) Jwks.parser().build()
                .parse(Files.readString(Path.of("target/e2e-data/jwt-signing-key.jwk.json")));
    }

    private static String sign(java.security.PrivateKey key, String kid, String subject, String tenantId,
                               Instant issued, Instant expires) {
        return Jwts.builder().header().keyId(kid).and()
                .issuer("bahi").subject(subject).id(UUID.randomUUID().toString())
                .issuedAt(Date.from(issued)).expiration(Date.from(expires))
                .claim("tenant_id", tenantId).claim("roles", List.of("OWNER"))
                .signWith(key, Jwts.SIG.ES256).compact();
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        Shop shop = signUp("Alg None Stores");
        String[] parts = shop.accessToken().split("\\.");
        String unsigned = b64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        assertProblem(api.get("/api/v1/users/me", unsigned), 401, "TOKEN_INVALID");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        Shop shop = signUp("Wrong Key Stores");
        KeyPair attacker = Jwts.SIG.ES256.keyPair().build();
        String forged = sign(attacker.getPrivate(), realKey().getId(), shop.ownerId(), shop.tenantId(),
                Instant.now(), Instant.now().plusSeconds(600));
        assertProblem(api.get("/api/v1/users/me", forged), 401, "TOKEN_INVALID");
    }

    @Test
    void an_expired_token_is_refused_even_with_the_right_signature() throws Exception {
        Shop shop = signUp("Expired Stores");
        EcPrivateJwk key = realKey();
        String expired = sign(key.toKey(), key.getId(), shop.ownerId(), shop.tenantId(),
                Instant.now().minusSeconds(3600), Instant.now().minusSeconds(1800));
        assertProblem(api.get("/api/v1/users/me", expired), 401, "TOKEN_EXPIRED");
        String fresh = sign(key.toKey(), key.getId(), shop.ownerId(), shop.tenantId(),
                Instant.now(), Instant.now().plusSeconds(600));
        assertThat(api.get("/api/v1/users/me", fresh).status()).as("the same key and claims, in time").isEqualTo(200);
    }

    @Test
    void a_token_whose_tenant_id_was_edited_is_refused() {
        Shop victim = signUp("Victim Stores");
        Shop attacker = signUp("Attacker Stores");
        String[] parts = attacker.accessToken().split("\\.");
        String payload = decode(parts[1]).replace(attacker.tenantId(), victim.tenantId());
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        assertProblem(api.get("/api/v1/users/me", tampered), 401, "TOKEN_INVALID");
    }

    @Test
    void garbage_in_the_authorization_header_is_refused() {
        assertProblem(api.get("/api/v1/users/me", "not-a-jwt"), 401, "TOKEN_INVALID");
        assertProblem(api.get("/api/v1/users/me", "a.b.c"), 401, "TOKEN_INVALID");
    }

    @Test
    void a_tenant_id_parameter_of_another_shop_is_answered_as_unknown() {
        Shop mine = signUp("Param Stores");
        Shop other = signUp("Other Param Stores");
        assertProblem(api.get("/api/v1/users/me?tenant_id=" + other.tenantId(), mine.accessToken()),
                404, "TENANT_NOT_FOUND");
        assertThat(api.get("/api/v1/users/me?tenant_id=" + mine.tenantId(), mine.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void a_disabled_users_token_stops_working_at_once() {
        Shop shop = signUp("Disable Stores");
        String phone = uniquePhone();
        String cashierToken = addUser(shop, "CASHIER", phone);
        assertThat(api.get("/api/v1/users/me", cashierToken).status()).isEqualTo(200);
        String cashierId = api.get("/api/v1/users/me", cashierToken).text("id");

        Api.Response disabled = api.patch("/api/v1/users/" + cashierId, shop.accessToken(), Map.of("status", "DISABLED"));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertProblem(api.get("/api/v1/users/me", cashierToken), 401, "USER_DISABLED");
        assertProblem(login(phone, PASSWORD), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void a_token_issued_before_a_role_change_must_be_refreshed() {
        Shop shop = signUp("Role Change Stores");
        String phone = uniquePhone();
        String token = addUser(shop, "MANAGER", phone);
        String id = api.get("/api/v1/users/me", token).text("id");
        assertThat(api.patch("/api/v1/users/" + id, shop.accessToken(), Map.of("role", "CASHIER")).status())
                .isEqualTo(200);
        assertProblem(api.get("/api/v1/users", token), 401, "ROLE_CHANGED");
        Api.Response again = login(phone, PASSWORD);
        assertThat(again.status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/users", again.text("accessToken")), 403, "FORBIDDEN");
    }
}
