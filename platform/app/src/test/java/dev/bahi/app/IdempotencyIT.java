package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A retry with the same Idempotency-Key gets the first answer and changes nothing. */
class IdempotencyIT extends EndToEndTest {

    @Test
    void a_retried_signup_answers_the_same_shop_and_creates_no_second_one() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("business", business("Retry Kirana"), "owner", owner(uniqueEmail("retry")));
        Api.Response first = api.post("/api/v1/signup", null, body, key);
        Api.Response retry = api.post("/api/v1/signup", null, body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.text("tenantId")).isEqualTo(first.text("tenantId"));
        assertThat(retry.text("userId")).isEqualTo(first.text("userId"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_retried_user_creation_does_not_collide_with_itself() {
        Shop shop = signUp("Retry Users Stores");
        String key = UUID.randomUUID().toString();
        Map<String, Object> cashier = Map.of("name", "Anil", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD);
        Api.Response first = api.post("/api/v1/users", shop.accessToken(), cashier, key);
        Api.Response retry = api.post("/api/v1/users", shop.accessToken(), cashier, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/users", shop.accessToken()).body().path("items").size() == 2);
        // without the key, the same request is a new request, and the phone is taken
        assertProblem(api.post("/api/v1/users", shop.accessToken(), cashier), 409, "LOGIN_TAKEN");
    }

    @Test
    void a_key_reused_for_another_request_is_refused() {
        Shop shop = signUp("Reuse Stores");
        String key = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/users", shop.accessToken(),
                Map.of("name", "A", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD), key).status())
                .isEqualTo(201);
        assertProblem(api.post("/api/v1/users", shop.accessToken(),
                Map.of("name", "B", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD), key),
                422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
    }

    @Test
    void keys_belong_to_their_caller() {
        Shop one = signUp("Key Owner One");
        Shop two = signUp("Key Owner Two");
        String key = UUID.randomUUID().toString();
        String phone = uniquePhone();
        Map<String, Object> body = Map.of("name", "Same", "phone", phone, "role", "CASHIER", "password", PASSWORD);
        Api.Response mine = api.post("/api/v1/users", one.accessToken(), body, key);
        Api.Response theirs = api.post("/api/v1/users", two.accessToken(), body, key);
        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).as("another shop's key is not mine: " + theirs).isEqualTo(201);
        assertThat(theirs.text("tenantId")).isEqualTo(two.tenantId());
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_refused_request_is_answered_the_same_on_retry() {
        String key = UUID.randomUUID().toString();
        var bad = business("Bad Retry");
        bad.put("gstin", "27AAPFU0939F1ZW");
        Map<String, Object> body = Map.of("business", bad, "owner", owner(uniqueEmail("bad")));
        assertProblem(api.post("/api/v1/signup", null, body, key), 400, "GSTIN_INVALID", "business.gstin");
        Api.Response retry = api.post("/api/v1/signup", null, body, key);
        assertProblem(retry, 400, "GSTIN_INVALID", "business.gstin");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(api.post("/api/v1/signup", null, body, " "), 400, "IDEMPOTENCY_KEY_INVALID", "Idempotency-Key");
    }
}
