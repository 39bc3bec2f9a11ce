package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Password guessing is slowed per login and per client address: beyond the allowance the answer is 429
 * TOO_MANY_ATTEMPTS with Retry-After, before any password is checked (so the account is not locked by it either).
 * Its own application context, with small limits.
 */
class LoginThrottleIT extends EndToEndTest {
    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("bahi.security.login-throttle.per-login", () -> "3");
        registry.add("bahi.security.login-throttle.per-login-period", () -> "PT10M");
        registry.add("bahi.security.login-throttle.per-address", () -> "12");
        registry.add("bahi.security.login-throttle.per-address-period", () -> "PT10M");
        registry.add("bahi.data-dir", () -> "target/e2e-throttle");
    }

    @Test
    void a_login_is_throttled_after_its_allowance_whatever_way_it_is_typed_and_the_address_after_its_own() {
        // signUp does not log in; the address allowance is all the logins below.
        Shop shop = signUp("Throttle Stores");
        assertThat(login(shop.ownerEmail(), "wrong password").status()).isEqualTo(401);
        assertThat(login(shop.ownerEmail().toUpperCase(), "wrong password").status()).isEqualTo(401);
        assertThat(login(shop.ownerEmail(), PASSWORD).status()).isEqualTo(200);

        Api.Response throttled = login(" " + shop.ownerEmail() + " ", PASSWORD);
        assertProblem(throttled, 429, "TOO_MANY_ATTEMPTS");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 600L);

        // Another login from the same address still gets through, until the address has had its allowance.
        Shop other = signUp("Other Throttle Stores");
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = login(i % 2 == 0 ? other.ownerEmail() : "nobody" + i + "@shop.example", "guess").status();
            if (status == 429) {
                refused++;
            } else {
                allowed++;
            }
        }
        // 12 per address, of which at least 4 were used above; every attempt counts against the address, and the
        // other owner's own allowance of 3 refuses some before the address does.
        assertThat(allowed + refused).isEqualTo(12);
        assertThat(refused).isGreaterThanOrEqualTo(4);
        Api.Response fromAddress = login("someone-new@shop.example", "guess");
        assertProblem(fromAddress, 429, "TOO_MANY_ATTEMPTS");
        assertThat(fromAddress.body().path("detail").asText()).contains("address");
    }

    @Test
    void a_login_body_too_big_to_be_one_is_refused() {
        String huge = "x".repeat(20_000);
        Api.Response response = api.post("/api/v1/auth/login", null, Map.of("login", huge, "password", "p"));
        assertThat(response.status()).isIn(413, 429);
    }
}
