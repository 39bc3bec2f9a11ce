package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UsersIT extends EndToEndTest {

    @Test
    void an_owner_adds_a_cashier_who_can_log_in_but_not_manage_users() {
        Shop shop = signUp("Cashier Stores");
        String phone = uniquePhone();
        String cashier = addUser(shop, "CASHIER", phone);
        Api.Response me = api.get("/api/v1/users/me", cashier);
        assertThat(me.text("role")).isEqualTo("CASHIER");
        assertThat(me.text("phone")).isEqualTo(phone);
        assertProblem(api.get("/api/v1/users", cashier), 403, "FORBIDDEN");
        assertProblem(api.post("/api/v1/users", cashier,
                Map.of("name", "X", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD)), 403, "FORBIDDEN");
    }

    @Test
    void a_manager_may_add_cashiers_but_not_owners_or_managers() {
        Shop shop = signUp("Manager Stores");
        String manager = addUser(shop, "MANAGER", uniquePhone());
        assertThat(api.post("/api/v1/users", manager,
                Map.of("name", "Till", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD)).status())
                .isEqualTo(201);
        assertProblem(api.post("/api/v1/users", manager,
                Map.of("name", "Boss", "phone", uniquePhone(), "role", "OWNER", "password", PASSWORD)),
                403, "ROLE_NOT_ASSIGNABLE");
    }

    @Test
    void users_are_listed_a_page_at_a_time() {
        Shop shop = signUp("Paging Stores");
        for (int i = 0; i < 3; i++) {
            addUser(shop, "CASHIER", uniquePhone());
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/users?limit=50", shop.accessToken()).body().path("items").size() == 4);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("/api/v1/users?limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    shop.accessToken());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().path("items").forEach(u -> seen.add(u.path("id").asText()));
            cursor = page.text("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates().contains(shop.ownerId());
    }

    @Test
    void another_shops_users_do_not_exist_for_me() {
        Shop mine = signUp("Isolation One");
        Shop theirs = signUp("Isolation Two");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/users/" + theirs.ownerId(), theirs.accessToken()).status() == 200);

        assertProblem(api.get("/api/v1/users/" + theirs.ownerId(), mine.accessToken()), 404, "USER_NOT_FOUND");
        assertProblem(api.patch("/api/v1/users/" + theirs.ownerId(), mine.accessToken(), Map.of("status", "DISABLED")),
                404, "USER_NOT_FOUND");
        assertThat(api.get("/api/v1/users", mine.accessToken()).body().path("items").toString())
                .doesNotContain(theirs.ownerId());
        assertProblem(api.get("/api/v1/users/not-an-id", mine.accessToken()), 404, "USER_NOT_FOUND");
        // and their owner is untouched
        assertThat(api.get("/api/v1/users/me", theirs.accessToken()).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void an_invitation_makes_a_user_once() {
        Shop shop = signUp("Invitation Stores");
        Api.Response invitation = api.post("/api/v1/users/invitations", shop.accessToken(),
                Map.of("role", "ACCOUNTANT", "name", "CA Joshi", "email", uniqueEmail("ca")));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        String token = invitation.text("token");

        String email = uniqueEmail("joshi");
        Api.Response registered = api.post("/api/v1/auth/register", null,
                Map.of("invitation", token, "name", "CA Joshi", "email", email, "password", PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.text("tenantId")).isEqualTo(shop.tenantId());
        assertThat(api.get("/api/v1/users/me", registered.text("accessToken")).text("role")).isEqualTo("ACCOUNTANT");

        assertProblem(api.post("/api/v1/auth/register", null,
                Map.of("invitation", token, "name", "Someone Else", "email", uniqueEmail("else"), "password", PASSWORD)),
                409, "INVITATION_USED");
        assertProblem(api.post("/api/v1/auth/register", null,
                Map.of("invitation", token.substring(0, token.length() - 2) + "xx", "name", "Guess",
                        "email", uniqueEmail("guess"), "password", PASSWORD)),
                404, "INVITATION_NOT_FOUND");
        // the refused registrations left their logins free
        assertProblem(login(email, "wrong"), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void concurrent_registrations_of_one_login_leave_exactly_one_user() throws Exception {
        Shop shop = signUp("Race Stores");
        String phone = uniquePhone();
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int n = i;
            Callable<Api.Response> register = () -> {
                start.await();
                return api.post("/api/v1/users", shop.accessToken(),
                        Map.of("name", "Racer " + n, "phone", phone, "role", "CASHIER", "password", PASSWORD));
            };
            results.add(pool.submit(register));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> result : results) {
            Api.Response response = result.get();
            statuses.add(response.status());
            if (response.status() != 201) {
                assertProblem(response, 409, "LOGIN_TAKEN");
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/users", shop.accessToken()).body().path("items").size() == 2);
        assertThat(login(phone, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_device_profile_is_kept_per_device() {
        Shop shop = signUp("Device Stores");
        Api.Response device = api.post("/api/v1/users/me/devices", shop.accessToken(),
                Map.of("deviceId", "android-7f3a", "platform", "ANDROID", "appVersion", "1.4.2", "pushToken", "fcm:abc"));
        assertThat(device.status()).as(device.toString()).isEqualTo(201);
        api.post("/api/v1/users/me/devices", shop.accessToken(),
                Map.of("deviceId", "android-7f3a", "platform", "ANDROID", "appVersion", "1.5.0"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var devices = api.get("/api/v1/users/me", shop.accessToken()).body().path("devices");
            assertThat(devices.size()).isEqualTo(1);
            assertThat(devices.get(0).path("appVersion").asText()).isEqualTo("1.5.0");
        });
        assertProblem(api.post("/api/v1/users/me/devices", shop.accessToken(), Map.of("deviceId", "x")),
                400, "VALIDATION_FAILED", "platform");
    }

    @Test
    void an_owner_cannot_disable_themselves() {
        Shop shop = signUp("Self Stores");
        assertProblem(api.patch("/api/v1/users/" + shop.ownerId(), shop.accessToken(), Map.of("status", "DISABLED")),
                403, "SELF_CHANGE_FORBIDDEN");
    }
}
