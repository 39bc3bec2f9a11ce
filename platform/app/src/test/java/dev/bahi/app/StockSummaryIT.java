package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The stock summary over real HTTP: every movement of the day lands in "in" or "out", opening + in − out = closing,
 * values at the latest purchase price; roles, bad dates and shops apart.
 */
class StockSummaryIT extends SalesEndToEndTest {
    static final String REPORT = "/api/v1/reports/stock-summary";

    private void move(String token, String itemId, Map<String, Object> movement) {
        Api.Response recorded = api.post(ITEMS + "/" + itemId + "/stock-movements", token, movement);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private JsonNode awaitSummary(String token, String query, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Api.Response summary = api.get(REPORT + query, token);
            seen[0] = summary.body();
            return summary.status() == 200 && ready.test(seen[0]);
        });
        return seen[0];
    }

    private static JsonNode bySku(JsonNode summary, String sku) {
        for (JsonNode item : summary.path("items")) {
            if (item.path("sku").asText().equals(sku)) {
                return item;
            }
        }
        throw new AssertionError(sku + " not in " + summary);
    }

    @Test
    void the_days_movements_add_up_from_opening_to_closing_in_quantity_and_value() {
        Shop shop = signUp("Stock Book Stores");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        move(token, atta, Map.of("kind", "RECEIVED", "quantity", "50", "purchasePrice", "248.00"));
        recordCashSale(token, atta, "2");
        move(token, atta, Map.of("kind", "WRITE_OFF", "quantity", "1", "note", "Torn bag"));
        move(token, atta, Map.of("kind", "COUNT", "quantity", "40", "note", "Evening count"));
        String salt = createItem(token, item("SALT-1KG", "Tata Salt 1 kg", "2501", "0", "28.00", true));
        receive(token, salt, "10");

        JsonNode summary = awaitSummary(token, "", s -> s.path("items").size() == 2
                && bySku(s, "ATTA-5KG").path("closing").asText().equals("40"));
        LocalDate today = LocalDate.now(SHOP_ZONE);
        assertThat(summary.path("from").asText()).isEqualTo(today.toString());
        assertThat(summary.path("to").asText()).isEqualTo(today.toString());
        JsonNode a = bySku(summary, "ATTA-5KG");
        assertThat(a.path("opening").asText()).isEqualTo("0");
        assertThat(a.path("in").asText()).isEqualTo("50");
        assertThat(a.path("out").asText()).isEqualTo("10");
        assertThat(a.path("closing").asText()).isEqualTo("40");
        assertThat(a.path("unitCost").asText()).isEqualTo("248.00");
        assertThat(a.path("inValue").asText()).isEqualTo("12400.00");
        assertThat(a.path("outValue").asText()).isEqualTo("2480.00");
        assertThat(a.path("closingValue").asText()).isEqualTo("9920.00");
        JsonNode s = bySku(summary, "SALT-1KG");
        assertThat(s.path("closing").asText()).isEqualTo("10");
        assertThat(s.path("unitCost").isMissingNode() || s.path("unitCost").isNull()).isTrue();
        assertThat(summary.path("totals").path("closingValue").asText()).isEqualTo("9920.00");

        // Yesterday nothing had moved yet.
        LocalDate yesterday = today.minusDays(1);
        JsonNode before = api.get(REPORT + "?from=" + yesterday + "&to=" + yesterday, token).body();
        assertThat(before.path("items").size()).isZero();
        // A range ending today holds the same movements.
        JsonNode week = api.get(REPORT + "?from=" + today.minusDays(6) + "&to=" + today, token).body();
        assertThat(bySku(week, "ATTA-5KG").path("out").asText()).isEqualTo("10");
    }

    @Test
    void only_the_owner_manager_and_accountant_read_it_bad_dates_are_refused_and_shops_see_only_their_own() {
        Shop shop = signUp("Stock Roles Stores");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "5");
        awaitSummary(token, "", s -> s.path("items").size() == 1);
        assertThat(api.get(REPORT, addUser(shop, "ACCOUNTANT", uniquePhone())).status()).isEqualTo(200);
        assertProblem(api.get(REPORT, addUser(shop, "CASHIER", uniquePhone())), 403, "FORBIDDEN");
        assertProblem(api.get(REPORT, null), 401, "UNAUTHENTICATED");
        assertProblem(api.get(REPORT + "?from=yesterday", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(REPORT + "?from=2026-11-10&to=2026-11-01", token), 400, "DATE_RANGE_INVALID", "from");
        assertProblem(api.get(REPORT + "?from=2024-01-01&to=2025-12-31", token), 400, "RANGE_TOO_LONG", "from");
        assertThat(api.get(REPORT, signUp("Empty Stores").accessToken()).body().path("items").size()).isZero();
    }
}
