package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignupAndLoginIT extends EndToEndTest {

    private static JsonNode part(String jwt, int index) throws Exception {
        return Api.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    @Test
    void a_new_shop_signs_up_logs_in_and_sees_its_owner() throws Exception {
        String email = uniqueEmail("ravi");
        Api.Response signup = api.post("/api/v1/signup", null,
                Map.of("business", business("Sharma Kirana Store"), "owner", owner(email)));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        assertThat(signup.header("Location")).isEqualTo("/api/v1/tenant");
        assertThat(signup.text("tokenType")).isEqualTo("Bearer");
        assertThat(signup.body().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(signup.text("refreshToken")).startsWith("rt.");

        Api.Response login = login(email.toUpperCase(), PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.text("accessToken");

        JsonNode claims = part(token, 1);
        assertThat(claims.path("sub").asText()).isEqualTo(signup.text("userId"));
        assertThat(claims.path("tenant_id").asText()).isEqualTo(signup.text("tenantId"));
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("OWNER");
        assertThat(claims.path("iss").asText()).isEqualTo("bahi");
        assertThat(claims.has("jti")).isTrue();
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
        JsonNode header = part(token, 0);
        assertThat(header.path("alg").asText()).isEqualTo("ES256");

        Api.Response jwks = api.get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body().path("keys").get(0).path("kid").asText()).isEqualTo(header.path("kid").asText());
        assertThat(jwks.body().path("keys").get(0).has("d")).as("no private part is published").isFalse();

        Api.Response me = api.get("/api/v1/users/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(signup.text("userId"));
        assertThat(me.text("tenantId")).isEqualTo(signup.text("tenantId"));
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.text("role")).isEqualTo("OWNER");
        assertThat(me.header("X-Trace-Id")).isNotBlank();
    }

    @Test
    void an_indian_mobile_number_logs_in_however_it_is_typed() {
        String phone = uniquePhone();
        Map<String, Object> owner = owner(null);
        owner.remove("email");
        owner.put("phone", phone.substring(3));
        Api.Response signup = api.post("/api/v1/signup", null, Map.of("business", business("Phone Shop"), "owner", owner));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);

        String tenDigits = phone.substring(3);
        for (String typed : new String[] {phone, tenDigits, "+91 " + tenDigits.substring(0, 5) + " " + tenDigits.substring(5), "0" + tenDigits}) {
            Api.Response login = login(typed, PASSWORD);
            assertThat(login.status()).as(typed + " → " + login).isEqualTo(200);
            assertThat(login.text("userId")).isEqualTo(signup.text("userId"));
        }
    }

    @Test
    void wrong_passwords_and_unknown_logins_are_answered_alike() {
        Shop shop = signUp("Gupta General Store");
        assertProblem(login(shop.ownerEmail(), "not the password"), 401, "INVALID_CREDENTIALS");
        assertProblem(login(uniqueEmail("nobody"), PASSWORD), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void a_login_used_in_two_shops_needs_the_shop_named() {
        String email = uniqueEmail("two-shops");
        Shop first = signUp(business("First Shop"), email);
        Shop second = signUp(business("Second Shop"), email);

        assertProblem(login(email, PASSWORD), 400, "TENANT_REQUIRED", "tenantId");
        Api.Response chosen = api.post("/api/v1/auth/login", null,
                Map.of("login", email, "password", PASSWORD, "tenantId", second.tenantId()));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.text("tenantId")).isEqualTo(second.tenantId());
        assertThat(chosen.text("userId")).isNotEqualTo(first.ownerId());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        Shop shop = signUp("Lockout Stores");
        for (int i = 0; i < 4; i++) {
            assertProblem(login(shop.ownerEmail(), "wrong password " + i), 401, "INVALID_CREDENTIALS");
        }
        assertProblem(login(shop.ownerEmail(), "wrong password 5"), 423, "ACCOUNT_LOCKED");
        assertProblem(login(shop.ownerEmail(), PASSWORD), 423, "ACCOUNT_LOCKED");
    }

    @Test
    void a_refresh_token_works_once_and_its_reuse_revokes_the_family() {
        Shop shop = signUp("Refresh Mart");
        Api.Response first = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", shop.refreshToken()));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String rotated = first.text("refreshToken");
        assertThat(rotated).isNotEqualTo(shop.refreshToken());
        assertThat(api.get("/api/v1/users/me", first.text("accessToken")).status()).isEqualTo(200);

        // The old token again: someone else has it, so every token of the family is revoked.
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", shop.refreshToken())),
                401, "REFRESH_TOKEN_INVALID");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", rotated)),
                401, "REFRESH_TOKEN_INVALID");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", "rt.garbage.value")),
                401, "REFRESH_TOKEN_INVALID");
    }

    @Test
    void logging_out_ends_the_access_token_and_the_refresh_family() {
        Shop shop = signUp("Logout Kirana");
        Api.Response logout = api.post("/api/v1/auth/logout", shop.accessToken(),
                Map.of("refreshToken", shop.refreshToken()));
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        assertProblem(api.get("/api/v1/users/me", shop.accessToken()), 401, "TOKEN_REVOKED");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", shop.refreshToken())),
                401, "REFRESH_TOKEN_INVALID");
        assertThat(login(shop.ownerEmail(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void protected_routes_need_a_token() {
        assertProblem(api.get("/api/v1/users/me", null), 401, "UNAUTHENTICATED");
        assertProblem(api.post("/api/v1/auth/logout", null, Map.of()), 401, "UNAUTHENTICATED");
    }
}
