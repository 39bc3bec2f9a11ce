package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.sales.api.ChargeCreditSale;
import dev.bahi.sales.api.RecordRepayment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The udhaar balances report over real HTTP: khatas aged at the end of any date the way the facts document works
 * it (payments settle the oldest bills first), oldest unpaid first, with totals and advances apart. Bills of past
 * dates are charged through the command bus, as the khata records them for a sale of that business date.
 */
class UdhaarBalancesIT extends SalesEndToEndTest {
    static final String REPORT = "/api/v1/reports/udhaar-balances";
    static final String CUSTOMERS = "/api/v1/customers";

    @Autowired
    CommandGateway commands;

    private String openKhata(String token, String name) {
        Api.Response created = api.post(CUSTOMERS, token, Map.of("name", name, "phone", uniquePhone()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void charge(Shop shop, String customerId, long paise, LocalDate on) {
        commands.sendAndWait(new ChargeCreditSale(customerId, shop.tenantId(), UUID.randomUUID().toString(), paise,
                null, on.toString()));
    }

    private void repay(Shop shop, String customerId, long paise, LocalDate on) {
        commands.sendAndWait(new RecordRepayment(customerId, shop.tenantId(), UUID.randomUUID().toString(), paise,
                "CASH", null, on.toString()));
    }

    /** The report once it shows {@code customers} khatas owing {@code owed} in all. */
    private JsonNode awaitReport(String token, String query, int customers, String owed) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Api.Response report = api.get(REPORT + query, token);
            seen[0] = report.body();
            return report.status() == 200 && seen[0].path("totals").path("customers").asInt() == customers
                    && seen[0].path("totals").path("owed").asText().equals(owed);
        });
        return seen[0];
    }

    private static List<String> names(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("customers").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    private static JsonNode row(JsonNode report, String name) {
        for (JsonNode c : report.path("customers")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name + " not in " + report);
    }

    @Test
    void khatas_are_aged_oldest_bill_first_and_can_be_seen_as_they_stood_on_a_past_date() {
        Shop shop = signUp("Ageing Kirana");
        String token = shop.accessToken();
        LocalDate today = LocalDate.now(SHOP_ZONE);
        String meena = openKhata(token, "Meena");
        String ravi = openKhata(token, "Ravi");
        String asha = openKhata(token, "Asha");
        String gopal = openKhata(token, "Gopal");
        // Meena, as in the facts document: 1,000 (75 days) and 500 (10 days), then 600 paid: 400 in 61-90, 500 in 0-30.
        charge(shop, meena, 1000_00, today.minusDays(75));
        charge(shop, meena, 500_00, today.minusDays(10));
        repay(shop, meena, 600_00, today.minusDays(1));
        // Ravi owes a bill of 120 days and one of 40.
        charge(shop, ravi, 250_00, today.minusDays(120));
        charge(shop, ravi, 100_00, today.minusDays(40));
        // Asha paid everything; Gopal paid in advance.
        charge(shop, asha, 300_00, today.minusDays(5));
        repay(shop, asha, 300_00, today.minusDays(2));
        repay(shop, gopal, 200_00, today.minusDays(3));

        JsonNode report = awaitReport(token, "", 4, "1250.00");
        assertThat(report.path("asOf").asText()).isEqualTo(today.toString());
        assertThat(names(report)).containsExactly("Ravi", "Meena", "Asha", "Gopal");
        JsonNode m = row(report, "Meena");
        assertThat(m.path("balance").asText()).isEqualTo("900.00");
        assertThat(m.path("days0To30").asText()).isEqualTo("500.00");
        assertThat(m.path("days31To60").asText()).isEqualTo("0.00");
        assertThat(m.path("days61To90").asText()).isEqualTo("400.00");
        assertThat(m.path("over90Days").asText()).isEqualTo("0.00");
        assertThat(m.path("oldestUnpaid").asText()).isEqualTo(today.minusDays(75).toString());
        assertThat(m.path("oldestUnpaidDays").asInt()).isEqualTo(75);
        JsonNode r = row(report, "Ravi");
        assertThat(r.path("over90Days").asText()).isEqualTo("250.00");
        assertThat(r.path("days31To60").asText()).isEqualTo("100.00");
        assertThat(row(report, "Asha").path("balance").asText()).isEqualTo("0.00");
        assertThat(row(report, "Asha").path("oldestUnpaid").isMissingNode()
                || row(report, "Asha").path("oldestUnpaid").isNull()).isTrue();
        assertThat(row(report, "Gopal").path("balance").asText()).isEqualTo("-200.00");
        JsonNode totals = report.path("totals");
        assertThat(totals.path("owing").asInt()).isEqualTo(2);
        assertThat(totals.path("days0To30").asText()).isEqualTo("500.00");
        assertThat(totals.path("days31To60").asText()).isEqualTo("100.00");
        assertThat(totals.path("days61To90").asText()).isEqualTo("400.00");
        assertThat(totals.path("over90Days").asText()).isEqualTo("250.00");
        assertThat(totals.path("advances").asText()).isEqualTo("200.00");

        // Twenty days ago Meena owed only the first bill (then 55 days old), Ravi both, Asha and Gopal nothing.
        JsonNode past = api.get(REPORT + "?asOf=" + today.minusDays(20), token).body();
        assertThat(past.path("asOf").asText()).isEqualTo(today.minusDays(20).toString());
        JsonNode pastMeena = row(past, "Meena");
        assertThat(pastMeena.path("balance").asText()).isEqualTo("1000.00");
        assertThat(pastMeena.path("days31To60").asText()).isEqualTo("1000.00");
        assertThat(past.path("totals").path("owed").asText()).isEqualTo("1350.00");
        assertThat(past.path("totals").path("advances").asText()).isEqualTo("0.00");
        assertThat(names(past)).containsExactly("Ravi", "Meena", "Asha", "Gopal");
    }

    @Test
    void a_credit_sale_shows_on_the_report_and_its_cancellation_takes_it_away() {
        Shop shop = signUp("Cancel Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "20");
        String meena = openKhata(token, "Meena");
        Map<String, Object> sale = sale(List.of(line(atta, "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", meena));
        String saleId = recordSale(token, sale).path("id").asText();
        JsonNode owed = awaitReport(token, "", 1, "570.00");
        assertThat(row(owed, "Meena").path("days0To30").asText()).isEqualTo("570.00");

        Api.Response cancelled = api.post(SALES + "/" + saleId + "/cancel", token, Map.of("reason", "wrong khata"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonNode settled = awaitReport(token, "", 1, "0.00");
        assertThat(row(settled, "Meena").path("balance").asText()).isEqualTo("0.00");
        assertThat(settled.path("totals").path("days0To30").asText()).isEqualTo("0.00");
    }

    @Test
    void only_the_owner_manager_and_accountant_read_it_bad_dates_are_refused_and_shops_see_only_their_own() {
        Shop shop = signUp("Report Kirana");
        String token = shop.accessToken();
        String meena = openKhata(token, "Meena");
        charge(shop, meena, 100_00, LocalDate.now(SHOP_ZONE));
        awaitReport(token, "", 1, "100.00");

        String accountant = addUser(shop, "ACCOUNTANT", uniquePhone());
        assertThat(api.get(REPORT, accountant).status()).isEqualTo(200);
        assertProblem(api.get(REPORT, addUser(shop, "CASHIER", uniquePhone())), 403, "FORBIDDEN");
        assertProblem(api.get(REPORT, null), 401, "UNAUTHENTICATED");
        assertProblem(api.get(REPORT + "?asOf=25-11-2026", token), 400, "DATE_INVALID", "asOf");
        assertProblem(api.get(REPORT + "?asOf=" + LocalDate.now(SHOP_ZONE).plusDays(2), token), 400,
                "DATE_IN_FUTURE", "asOf");

        Shop other = signUp("Other Kirana");
        JsonNode theirs = api.get(REPORT, other.accessToken()).body();
        assertThat(theirs.path("customers").size()).isZero();
        assertThat(theirs.path("totals").path("owed").asText()).isEqualTo("0.00");
    }
}
