package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Fields a client must never set — the shop, the id, the status, totals and balances, a role it may not grant — sent
 * on every create/change endpoint. Each must be refused (400 UNKNOWN_FIELD naming the field: the platform fails on
 * unknown JSON properties) or ignored (the stored resource has the server's value, in the caller's shop); never
 * trusted. One request per field, so each is asserted on its own.
 */
class MassAssignmentIT extends SalesEndToEndTest {

    private final String clientId = "client-chosen-" + UUID.randomUUID();

    /** The answer refused the field by name, or (2xx) the check on what was stored passes. */
    private void neverTrusted(SoftAssertions soft, String what, String field, Api.Response answer,
                              Consumer<Api.Response> stored) {
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (answer.status() >= 400) {
            soft.assertThat(answer.status()).as("%s with %s: %s", what, field, answer).isEqualTo(400);
            soft.assertThat(answer.contentType()).as("%s with %s", what, field).startsWith("application/problem+json");
            soft.assertThat(answer.code()).as("%s with %s: %s", what, field, answer).isEqualTo("UNKNOWN_FIELD");
            soft.assertThat(answer.text("field")).as("%s with %s: %s", what, field, answer).endsWith(leaf);
        } else {
            soft.assertThat(answer.status()).as("%s with %s: %s", what, field, answer).isBetween(200, 299);
            stored.accept(answer);
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** The fields tried on every body, with the value the client would like. */
    private Map<String, Object> hostileFields(Shop other) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tenantId", other.tenantId());
        fields.put("tenant_id", other.tenantId());
        fields.put("id", clientId);
        fields.put("status", "INVOICED");
        fields.put("grandTotal", "1.00");
        fields.put("balance", "-99999.00");
        fields.put("paid", "99999.00");
        fields.put("onHand", "99999");
        fields.put("createdBy", other.ownerId());
        return fields;
    }

    @Test
    void item_stock_customer_and_sale_bodies_never_take_client_ids_shops_statuses_or_totals() {
        Shop shop = signUp("Mass Assign Stores");
        Shop other = signUp("Mass Assign Other");
        String token = shop.accessToken();
        String itemId = createItem(token, atta("MA-ATTA"));
        receive(token, itemId, "10");
        String customerId = api.post("/api/v1/customers", token,
                Map.of("name", "Meena Patil", "phone", uniquePhone())).text("id");
        SoftAssertions soft = new SoftAssertions();
        int sku = 0;
        for (Map.Entry<String, Object> hostile : hostileFields(other).entrySet()) {
            String field = hostile.getKey();
            Object value = hostile.getValue();

            Map<String, Object> item = atta("MA-" + (++sku));
            Api.Response createdItem = api.post(ITEMS, token, with(item, field, value));
            neverTrusted(soft, "POST /items", field, createdItem, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(r.text("onHand")).isEqualTo("0");
                soft.assertThat(r.text("status")).isEqualTo("ACTIVE");
                soft.assertThat(api.get(ITEMS + "/" + r.text("id"), other.accessToken()).status()).isEqualTo(404);
            });

            Api.Response movement = api.post(ITEMS + "/" + itemId + "/stock-movements", token,
                    with(Map.of("kind", "RECEIVED", "quantity", "1"), field, value));
            neverTrusted(soft, "POST /items/{id}/stock-movements", field, movement, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(r.text("change")).isEqualTo("1");
            });

            Api.Response customer = api.post("/api/v1/customers", token,
                    with(Map.of("name", "Khata " + field, "phone", uniquePhone()), field, value));
            neverTrusted(soft, "POST /customers", field, customer, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(r.text("balance")).isEqualTo("0.00");
                soft.assertThat(api.get("/api/v1/customers/" + r.text("id"), other.accessToken()).status())
                        .isEqualTo(404);
            });

            Api.Response patched = api.patch("/api/v1/customers/" + customerId, token,
                    with(Map.of("name", "Meena P"), field, value));
            neverTrusted(soft, "PATCH /customers/{id}", field, patched, r -> {
                soft.assertThat(r.text("id")).isEqualTo(customerId);
                soft.assertThat(r.text("balance")).isEqualTo("0.00");
            });

            Map<String, Object> sale = cashSale(itemId, "1");
            Api.Response sold = api.post(SALES, token, with(sale, field, value));
            neverTrusted(soft, "POST /sales", field, sold, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(r.text("status")).isEqualTo("RECORDED");
                soft.assertThat(r.body().path("totals").path("grandTotal").asText()).isEqualTo("285.00");
                soft.assertThat(api.get(SALES + "/" + r.text("id"), other.accessToken()).status()).isEqualTo(404);
            });
        }
        // the same fields nested where a client might hope they are read: a sale line and the payment part
        Map<String, Object> nestedLine = new LinkedHashMap<>(line(itemId, "1"));
        nestedLine.put("taxableValue", "0.01");
        neverTrusted(soft, "POST /sales", "lines[0].taxableValue",
                api.post(SALES, token, sale(List.of(nestedLine), "CASH")), r -> soft.assertThat(
                        r.body().path("lines").path(0).path("taxableValue").asText()).isEqualTo("271.43"));
        Map<String, Object> saleWithPaidPayment = cashSale(itemId, "1");
        saleWithPaidPayment.put("payment", Map.of("mode", "CREDIT", "paid", "285.00"));
        neverTrusted(soft, "POST /sales", "payment.paid", api.post(SALES, token, saleWithPaidPayment),
                r -> soft.assertThat(r.text("paid")).isEqualTo("0.00"));
        soft.assertAll();
    }

    @Test
    void payment_bodies_never_take_client_ids_shops_or_final_statuses() {
        Shop shop = signUp("Mass Pay Stores");
        Shop other = signUp("Mass Pay Other");
        String token = shop.accessToken();
        String customerId = api.post("/api/v1/customers", token,
                Map.of("name", "Udhaar Wali", "phone", uniquePhone(), "openingBalance", "500.00")).text("id");
        SoftAssertions soft = new SoftAssertions();
        Map<String, Object> fields = hostileFields(other);
        fields.remove("status");
        fields.put("paymentId", clientId);
        fields.put("refunded", "1.00");
        for (Map.Entry<String, Object> hostile : fields.entrySet()) {
            String field = hostile.getKey();
            Api.Response paid = api.post("/api/v1/payments", token, with(Map.of("method", "CASH", "amount", "1.00",
                    "customerId", customerId), field, hostile.getValue()));
            neverTrusted(soft, "POST /payments", field, paid, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(api.get("/api/v1/payments/" + r.text("id"), other.accessToken()).status())
                        .isEqualTo(404);
            });
        }
        // status is a field of the payment input, but only PENDING or SUCCEEDED: never a later state
        for (String status : List.of("REFUNDED", "FAILED", "PARTIALLY_REFUNDED")) {
            Api.Response paid = api.post("/api/v1/payments", token,
                    Map.of("method", "CASH", "amount", "1.00", "customerId", customerId, "status", status));
            soft.assertThat(paid.status()).as("POST /payments with status %s: %s", status, paid).isEqualTo(400);
        }
        // PATCH /payments/{id} takes only SUCCEEDED or FAILED from PENDING; the amount and id are not its fields
        Api.Response pending = api.post("/api/v1/payments", token,
                Map.of("method", "UPI", "amount", "10.00", "customerId", customerId));
        assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("amount", "99999.00", "id", clientId,
                "tenantId", other.tenantId()).entrySet()) {
            Api.Response changed = api.patch("/api/v1/payments/" + pending.text("id"), token,
                    with(Map.of("status", "SUCCEEDED", "utr", "431234567" + (100 + hostile.getKey().length())),
                            hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "PATCH /payments/{id}", hostile.getKey(), changed,
                    r -> soft.assertThat(r.text("amount")).isEqualTo("10.00"));
        }
        soft.assertAll();
    }

    @Test
    void signup_users_and_shop_profile_never_take_roles_shops_or_statuses() {
        Shop shop = signUp("Mass Users Stores");
        Shop other = signUp("Mass Users Other");
        String token = shop.accessToken();
        SoftAssertions soft = new SoftAssertions();

        // signup: the new shop's id, status and the owner's role are the server's
        Map<String, Map<String, Object>> signups = new LinkedHashMap<>();
        signups.put("tenantId", Map.of("tenantId", other.tenantId()));
        signups.put("business.tenantId", Map.of("business", with(business("X"), "tenantId", other.tenantId())));
        signups.put("business.status", Map.of("business", with(business("X"), "status", "SUSPENDED")));
        signups.put("owner.role", Map.of("owner", with(owner(uniqueEmail("r")), "role", "PLATFORM_ADMIN")));
        signups.put("owner.roles", Map.of("owner", with(owner(uniqueEmail("r")), "roles", List.of("PLATFORM_ADMIN"))));
        signups.put("owner.id", Map.of("owner", with(owner(uniqueEmail("r")), "id", clientId)));
        for (Map.Entry<String, Map<String, Object>> signup : signups.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("business", business("Mass Signup"));
            body.put("owner", owner(uniqueEmail("mass")));
            body.putAll(signup.getValue());
            Api.Response answer = api.post("/api/v1/signup", null, body);
            neverTrusted(soft, "POST /signup", signup.getKey(), answer, r -> {
                soft.assertThat(r.text("tenantId")).isNotEqualTo(other.tenantId());
                soft.assertThat(r.text("userId")).isNotEqualTo(clientId);
                soft.assertThat(api.get("/api/v1/tenants", r.text("accessToken")).status()).isEqualTo(403);
                soft.assertThat(api.get("/api/v1/tenant", r.text("accessToken")).text("status")).isEqualTo("ACTIVE");
            });
        }

        // adding a user: no platform admin, no other shop, no chosen id or status
        String managerPhone = uniquePhone();
        String managerToken = addUser(shop, "MANAGER", managerPhone);
        Api.Response admin = api.post("/api/v1/users", token, Map.of("name", "Sneaky", "phone", uniquePhone(),
                "role", "PLATFORM_ADMIN", "password", PASSWORD));
        soft.assertThat(admin.status()).as("POST /users with role PLATFORM_ADMIN: %s", admin).isIn(400, 403);
        Api.Response ownerByManager = api.post("/api/v1/users", managerToken, Map.of("name", "Sneaky",
                "phone", uniquePhone(), "role", "OWNER", "password", PASSWORD));
        soft.assertThat(ownerByManager.status()).as("a manager adding an owner: %s", ownerByManager).isEqualTo(403);
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(), "id", clientId,
                "status", "ACTIVE").entrySet()) {
            Api.Response added = api.post("/api/v1/users", token, with(Map.of("name", "Staff", "phone", uniquePhone(),
                    "role", "CASHIER", "password", PASSWORD), hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "POST /users", hostile.getKey(), added, r -> {
                soft.assertThat(r.text("id")).isNotEqualTo(clientId);
                soft.assertThat(api.get("/api/v1/users/" + r.text("id"), other.accessToken()).status()).isEqualTo(404);
            });
        }

        // PATCH /users/{id}: role and status are its fields (owner only); the rest is not
        String managerId = api.get("/api/v1/users/me", managerToken).text("id");
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(), "id", clientId,
                "email", "hijack@shop.example", "password", "a new password 123").entrySet()) {
            Api.Response changed = api.patch("/api/v1/users/" + managerId, token,
                    with(Map.of("role", "MANAGER"), hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "PATCH /users/{id}", hostile.getKey(), changed,
                    r -> soft.assertThat(r.text("id")).isEqualTo(managerId));
        }
        Api.Response toAdmin = api.patch("/api/v1/users/" + managerId, token, Map.of("role", "PLATFORM_ADMIN"));
        soft.assertThat(toAdmin.status()).as("PATCH /users/{id} role PLATFORM_ADMIN: %s", toAdmin).isIn(400, 403);
        Api.Response selfPromotion = api.patch("/api/v1/users/" + managerId, managerToken, Map.of("role", "OWNER"));
        soft.assertThat(selfPromotion.status()).as("a manager promoting itself: %s", selfPromotion).isEqualTo(403);

        // PATCH /tenant: the shop's id and status are not profile fields
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(), "id", clientId,
                "status", "SUSPENDED", "plan", "ENTERPRISE").entrySet()) {
            Api.Response changed = api.patch("/api/v1/tenant", token,
                    with(Map.of("legalName", "Mass Traders"), hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "PATCH /tenant", hostile.getKey(), changed, r -> {
                soft.assertThat(r.text("id") == null ? r.text("tenantId") : r.text("id")).isEqualTo(shop.tenantId());
                soft.assertThat(r.text("status")).isEqualTo("ACTIVE");
            });
        }
        soft.assertThat(api.get("/api/v1/tenant", token).text("status")).isEqualTo("ACTIVE");
        soft.assertThat(api.get("/api/v1/tenant", other.accessToken()).text("legalName"))
                .isNotEqualTo("Mass Traders");
        soft.assertAll();
    }

    @Test
    void notification_settings_and_consents_never_take_shops_ids_or_server_facts() {
        Shop shop = signUp("Mass Notify Stores");
        Shop other = signUp("Mass Notify Other");
        String token = shop.accessToken();
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(),
                "channelsConfigured", List.of("WHATSAPP", "SMS", "EMAIL"), "id", clientId).entrySet()) {
            Api.Response changed = api.patch("/api/v1/notifications/settings", token,
                    with(Map.of("language", "hi"), hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "PATCH /notifications/settings", hostile.getKey(), changed,
                    r -> soft.assertThat(r.body().path("channelsConfigured").toString()).doesNotContain("WHATSAPP"));
        }
        soft.assertThat(api.get("/api/v1/notifications/settings", other.accessToken()).text("language"))
                .isEqualTo("en");
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(), "id", clientId,
                "consentId", clientId, "recordedAt", "2001-01-01T00:00:00Z").entrySet()) {
            String to = uniquePhone();
            Api.Response consent = api.post("/api/v1/notifications/consents", token,
                    with(Map.of("channel", "SMS", "to", to, "optedIn", false), hostile.getKey(), hostile.getValue()));
            neverTrusted(soft, "POST /notifications/consents", hostile.getKey(), consent, r -> {
                soft.assertThat(r.body().toString()).doesNotContain(clientId);
                soft.assertThat(api.get("/api/v1/notifications/consents?to=" + to.replace("+", "%2B"),
                        other.accessToken()).body().toString()).doesNotContain(to.substring(3));
            });
        }
        for (Map.Entry<String, Object> hostile : Map.<String, Object>of("tenantId", other.tenantId(),
                "strictStockSince", "2001-01-01").entrySet()) {
            neverTrusted(soft, "PATCH /inventory/settings", hostile.getKey(), api.patch("/api/v1/inventory/settings",
                    token, with(Map.of("strictStock", true), hostile.getKey(), hostile.getValue())), r -> { });
        }
        soft.assertThat(api.get("/api/v1/inventory/settings", other.accessToken()).body().path("strictStock")
                .asBoolean()).isFalse();
        soft.assertAll();
    }
}
