package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Payment analytics end to end: CASH, UPI and CARD payments on a khata (one pending, one failed, one refunded in
 * part) summed by method and by day from the "payments.analytics" projection, only for their own shop and only for
 * the owner, a manager or the accountant.
 */
class PaymentAnalyticsIT extends EndToEndTest {
    static final String PAYMENTS = "/api/v1/payments";
    static final String ANALYTICS = PAYMENTS + "/analytics";
    private static final AtomicLong UTRS = new AtomicLong(432_000_000_000L + (long) (Math.random() * 1_000_000_000L));

    private static String utr() {
        return Long.toString(UTRS.incrementAndGet());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Kolkata"));
    }

    private String openKhata(String token) {
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", "50000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> api.get("/api/v1/customers/" + id, token).status() == 200);
        return id;
    }

    private String pay(String token, Map<String, Object> payment, String status) {
        Api.Response paid = api.post(PAYMENTS, token, payment);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.text("status")).as(paid.toString()).isEqualTo(status);
        return paid.text("id");
    }

    private static Map<String, Object> payment(String method, String amount, String customerId) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("method", method);
        payment.put("amount", amount);
        payment.put("customerId", customerId);
        return payment;
    }

    private static Map<String, Object> upi(String amount, String customerId, String utr) {
        Map<String, Object> payment = payment("UPI", amount, customerId);
        payment.put("upi", utr == null ? Map.of("payerVpa", "meena@okaxis")
                : Map.of("utr", utr, "payerVpa", "meena@okaxis"));
        return payment;
    }

    private JsonNode analytics(String token, String query) {
        Api.Response answer = api.get(ANALYTICS + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** Analytics once the projection shows all five payments in their final state. */
    private JsonNode awaitAnalytics(String token, String query) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            seen[0] = analytics(token, query);
            JsonNode totals = seen[0].path("totals");
            return totals.path("count").asLong() == 5 && totals.path("failedCount").asLong() == 1
                    && totals.path("refundedAmount").asText().equals("50.00");
        });
        return seen[0];
    }

    private static void assertGroup(JsonNode group, String key, long count, String amount, String succeeded,
                                    String refunded, String net, long pending, long succeededCount, long failed,
                                    long refundedCount) {
        assertThat(group.path("key").asText()).isEqualTo(key);
        assertThat(group.path("count").asLong()).as(key).isEqualTo(count);
        assertThat(group.path("amount").asText()).as(key).isEqualTo(amount);
        assertThat(group.path("succeededAmount").asText()).as(key).isEqualTo(succeeded);
        assertThat(group.path("refundedAmount").asText()).as(key).isEqualTo(refunded);
        assertThat(group.path("netAmount").asText()).as(key).isEqualTo(net);
        JsonNode byStatus = group.path("byStatus");
        assertThat(List.of(byStatus.path("PENDING").asLong(), byStatus.path("SUCCEEDED").asLong(),
                byStatus.path("FAILED").asLong(), byStatus.path("REFUNDED").asLong())).as(key)
                .containsExactly(pending, succeededCount, failed, refundedCount);
    }

    @Test
    void a_shops_payments_are_summed_by_method_and_by_day_and_another_shop_sees_none_of_them() {
        Shop shop = signUp("Analytics Kirana");
        String token = shop.accessToken();
        String meena = openKhata(token);

        String cash = pay(token, payment("CASH", "200.00", meena), "SUCCEEDED");
        pay(token, upi("300.00", meena, utr()), "SUCCEEDED");
        pay(token, upi("100.00", meena, null), "PENDING");
        String failing = pay(token, upi("40.00", meena, null), "PENDING");
        Map<String, Object> card = payment("CARD", "75.00", meena);
        card.put("card", Map.of("last4", "4242", "approvalCode", "A1B2C3"));
        pay(token, card, "SUCCEEDED");
        Api.Response failed = api.patch(PAYMENTS + "/" + failing, token,
                Map.of("status", "FAILED", "reason", "payer cancelled"));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        Api.Response refunded = api.post(PAYMENTS + "/" + cash + "/refunds", token,
                Map.of("amount", "50.00", "reason", "overpaid"));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);

        String today = today().toString();
        JsonNode byMethod = awaitAnalytics(token, "groupBy=method");
        assertThat(byMethod.path("from").asText()).as("30 days up to today").isEqualTo(today().minusDays(29).toString());
        assertThat(byMethod.path("to").asText()).isEqualTo(today);
        assertThat(byMethod.path("groupBy").asText()).isEqualTo("method");
        JsonNode totals = byMethod.path("totals");
        assertThat(totals.path("count").asLong()).isEqualTo(5);
        assertThat(totals.path("amount").asText()).isEqualTo("715.00");
        assertThat(totals.path("succeededAmount").asText()).isEqualTo("575.00");
        assertThat(totals.path("refundedAmount").asText()).isEqualTo("50.00");
        assertThat(totals.path("netAmount").asText()).isEqualTo("525.00");
        assertThat(totals.path("pendingCount").asLong()).isEqualTo(1);
        assertThat(totals.path("failedCount").asLong()).isEqualTo(1);
        JsonNode groups = byMethod.path("groups");
        assertThat(groups.size()).isEqualTo(3);
        assertGroup(groups.get(0), "UPI", 3, "440.00", "300.00", "0.00", "300.00", 1, 1, 1, 0);
        assertGroup(groups.get(1), "CASH", 1, "200.00", "200.00", "50.00", "150.00", 0, 1, 0, 0);
        assertGroup(groups.get(2), "CARD", 1, "75.00", "75.00", "0.00", "75.00", 0, 1, 0, 0);

        JsonNode byDay = analytics(token, "from=" + today + "&to=" + today);
        assertThat(byDay.path("groupBy").asText()).as("by day unless asked").isEqualTo("day");
        assertThat(byDay.path("totals")).isEqualTo(totals);
        assertThat(byDay.path("groups").size()).isEqualTo(1);
        assertGroup(byDay.path("groups").get(0), today, 5, "715.00", "575.00", "50.00", "525.00", 1, 3, 1, 0);

        JsonNode tomorrow = analytics(token, "from=" + today().plusDays(1) + "&to=" + today().plusDays(1));
        assertThat(tomorrow.path("totals").path("count").asLong()).isZero();
        assertThat(tomorrow.path("groups").size()).isZero();

        String accountant = addUser(shop, "ACCOUNTANT", uniquePhone());
        assertThat(analytics(accountant, "groupBy=method").path("totals")).isEqualTo(totals);

        String theirs = signUp("Other Analytics Kirana").accessToken();
        JsonNode other = analytics(theirs, "groupBy=method");
        assertThat(other.path("totals").path("count").asLong()).isZero();
        assertThat(other.path("totals").path("amount").asText()).isEqualTo("0.00");
        assertThat(other.path("groups").size()).isZero();
        assertThat(analytics(theirs, "from=" + today + "&to=" + today).path("groups").size()).isZero();
    }

    @Test
    void a_cashier_may_not_read_analytics() {
        Shop shop = signUp("Counter Kirana");
        String cashier = addUser(shop, "CASHIER", uniquePhone());

        assertProblem(api.get(ANALYTICS, cashier), 403, "FORBIDDEN");
        assertThat(api.get(ANALYTICS, null).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_refused_with_its_field() {
        String token = signUp("Careful Analytics Kirana").accessToken();

        assertProblem(api.get(ANALYTICS + "?from=yesterday", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(ANALYTICS + "?to=2026-13-01", token), 400, "DATE_INVALID", "to");
        assertProblem(api.get(ANALYTICS + "?from=2026-11-10&to=2026-11-01", token), 400, "DATE_RANGE_INVALID",
                "from");
        assertProblem(api.get(ANALYTICS + "?from=2025-01-01&to=2026-01-02", token), 400, "RANGE_TOO_LONG", "from");
        assertProblem(api.get(ANALYTICS + "?groupBy=week", token), 400, "GROUP_BY_INVALID", "groupBy");

        JsonNode longest = analytics(token, "from=2025-01-01&to=2026-01-01&groupBy=METHOD");
        assertThat(longest.path("from").asText()).as("366 days is allowed").isEqualTo("2025-01-01");
        assertThat(longest.path("groupBy").asText()).isEqualTo("method");
    }
}
