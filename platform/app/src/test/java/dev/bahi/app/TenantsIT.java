package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shop profile, the platform admin's onboarding, suspension and reactivation. */
class TenantsIT extends EndToEndTest {

    @Test
    void an_owner_reads_and_changes_the_shop_profile() {
        Shop shop = signUp("Profile Kirana");
        Api.Response read = api.get("/api/v1/tenant", shop.accessToken());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.text("id")).isEqualTo(shop.tenantId());
        assertThat(read.text("gstin")).isEqualTo(MAHARASHTRA_GSTIN);
        assertThat(read.text("stateName")).isEqualTo("Maharashtra");
        assertThat(read.text("timeZone")).isEqualTo("Asia/Kolkata");
        assertThat(read.text("status")).isEqualTo("ACTIVE");

        Api.Response changed = api.patch("/api/v1/tenant", shop.accessToken(),
                Map.of("name", "Profile Kirana and Dairy", "invoicePrefix", "PKD"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("Profile Kirana and Dairy");
        assertThat(changed.text("invoicePrefix")).isEqualTo("PKD");
        assertThat(changed.text("gstin")).isEqualTo(MAHARASHTRA_GSTIN);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "Profile Kirana and Dairy".equals(api.get("/api/v1/tenant", shop.accessToken()).text("name")));
    }

    @Test
    void profile_changes_are_checked_as_a_whole_and_only_owners_may_make_them() {
        Shop shop = signUp("Checked Stores");
        assertProblem(api.patch("/api/v1/tenant", shop.accessToken(), Map.of("stateCode", "29")),
                400, "GSTIN_STATE_MISMATCH");
        assertProblem(api.patch("/api/v1/tenant", shop.accessToken(), Map.of("gstin", "27AAPFU0939F1ZW")),
                400, "GSTIN_INVALID", "gstin");
        assertProblem(api.patch("/api/v1/tenant", shop.accessToken(), Map.of("timeZone", "Mars/Olympus")),
                400, "TIME_ZONE_INVALID", "timeZone");
        assertProblem(api.patch("/api/v1/tenant", shop.accessToken(), Map.of("colour", "red")),
                400, "UNKNOWN_FIELD", "colour");
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        assertThat(api.get("/api/v1/tenant", cashier).status()).isEqualTo(200);
        assertProblem(api.patch("/api/v1/tenant", cashier, Map.of("name", "Taken Over")), 403, "FORBIDDEN");
        assertThat(api.get("/api/v1/tenant", shop.accessToken()).text("name")).isEqualTo("Checked Stores");
    }

    @Test
    void the_admin_onboards_a_shop_whose_owner_registers_with_the_invitation() {
        String admin = adminToken();
        Api.Response onboarded = api.post("/api/v1/tenants", admin, Map.of(
                "business", business("Admin Onboarded Traders"),
                "owner", Map.of("name", "Kavita Rao", "email", uniqueEmail("kavita"))));
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
        String tenantId = onboarded.text("tenantId");
        assertThat(onboarded.header("Location")).isEqualTo("/api/v1/tenants/" + tenantId);
        String invitation = onboarded.body().path("ownerInvitation").path("token").asText();
        assertThat(onboarded.body().path("ownerInvitation").path("role").asText()).isEqualTo("OWNER");

        Api.Response owner = api.post("/api/v1/auth/register", null, Map.of("invitation", invitation,
                "name", "Kavita Rao", "email", uniqueEmail("kavita"), "password", PASSWORD));
        assertThat(owner.status()).as(owner.toString()).isEqualTo(201);
        assertThat(owner.text("tenantId")).isEqualTo(tenantId);
        Api.Response shop = api.get("/api/v1/tenant", owner.text("accessToken"));
        assertThat(shop.text("name")).isEqualTo("Admin Onboarded Traders");
        assertThat(api.get("/api/v1/users/me", owner.text("accessToken")).text("role")).isEqualTo("OWNER");
    }

    @Test
    void only_the_platform_admin_onboards_lists_and_suspends_shops() {
        Shop shop = signUp("Not Admin Stores");
        assertProblem(api.post("/api/v1/tenants", shop.accessToken(), Map.of("business", business("Sneaky"))),
                403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/tenants", shop.accessToken()), 403, "FORBIDDEN");
        assertProblem(api.post("/api/v1/tenants/" + shop.tenantId() + "/suspend", shop.accessToken(),
                Map.of("reason", "x")), 403, "FORBIDDEN");
        assertProblem(login(ADMIN_EMAIL, "wrong admin password"), 401, "INVALID_CREDENTIALS");
        // the admin belongs to no shop: shop-scoped routes do not exist for them
        assertProblem(api.get("/api/v1/tenant", adminToken()), 404, "TENANT_NOT_FOUND");
    }

    @Test
    void the_admin_lists_every_shop_a_page_at_a_time() {
        Shop shop = signUp("Listed Stores");
        String admin = adminToken();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/tenants/" + shop.tenantId(), admin).status() == 200);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/api/v1/tenants?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().path("items").forEach(t -> seen.add(t.path("id").asText()));
            cursor = page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(seen).contains(shop.tenantId()).doesNotHaveDuplicates();
        assertProblem(api.get("/api/v1/tenants/00000000-0000-7000-8000-000000000000", admin), 404, "TENANT_NOT_FOUND");
    }

    @Test
    void a_suspended_shops_tokens_stop_at_once_and_work_again_after_reactivation() {
        Shop shop = signUp("Suspended Stores");
        String admin = adminToken();
        Api.Response suspended = api.post("/api/v1/tenants/" + shop.tenantId() + "/suspend", admin,
                Map.of("reason", "unpaid subscription"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.text("status")).isEqualTo("SUSPENDED");

        assertProblem(api.get("/api/v1/users/me", shop.accessToken()), 401, "TENANT_SUSPENDED");
        assertProblem(login(shop.ownerEmail(), PASSWORD), 403, "TENANT_SUSPENDED");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", shop.refreshToken())),
                403, "TENANT_SUSPENDED");
        assertProblem(api.post("/api/v1/tenants/" + shop.tenantId() + "/suspend", admin, Map.of("reason", "again")),
                409, "TENANT_ALREADY_SUSPENDED");

        Api.Response reactivated = api.post("/api/v1/tenants/" + shop.tenantId() + "/reactivate", admin, Map.of());
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", shop.accessToken()).status()).isEqualTo(200);
        assertThat(login(shop.ownerEmail(), PASSWORD).status()).isEqualTo(200);
    }
}
