package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sales on udhaar: the khata is charged with the sale, held to the credit limit, and credited for returns. */
class UdhaarSalesIT extends SalesEndToEndTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commands;

    private String openKhata(String token, String creditLimit) {
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", creditLimit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private Map<String, Object> creditSale(String itemId, String quantity, String customerId) {
        Map<String, Object> sale = sale(List.of(line(itemId, quantity)), "CREDIT");
        sale.put("customer", Map.of("customerId", customerId));
        return sale;
    }

    private JsonNode awaitLedger(String token, String customerId, int entries) {
        return await10().until(() -> api.get("/api/v1/customers/" + customerId + "/ledger", token).body(),
                ledger -> ledger.path("entries").size() == entries);
    }

    @Test
    void a_credit_sale_goes_on_the_khata_and_a_return_comes_off_it() {
        Shop shop = signUp("Udhaar Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "5000.00");

        JsonNode sold = recordSale(token, creditSale(atta, "2", meena));
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        assertThat(sold.path("customer").path("name").asText()).as("the khata's details").isEqualTo("Meena Kulkarni");
        String saleId = sold.path("id").asText();
        assertThat(issueInvoice(token, saleId).status()).isEqualTo(201);
        Api.Response note = returnGoods(token, saleId, atta, "1", "CHANGED_MIND");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);

        JsonNode ledger = awaitLedger(token, meena, 2);
        assertThat(texts(ledger.path("entries"), "kind")).containsExactly("CREDIT_SALE", "RETURN");
        assertThat(texts(ledger.path("entries"), "debit")).containsExactly("570.00", "0.00");
        assertThat(texts(ledger.path("entries"), "credit")).containsExactly("0.00", "285.00");
        assertThat(texts(ledger.path("entries"), "balance")).containsExactly("570.00", "285.00");
        assertThat(ledger.path("entries").get(1).path("reference").asText()).startsWith("CN/");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("285.00");
    }

    @Test
    void a_sale_over_the_credit_limit_is_refused_whole_unless_an_owner_overrides_it() {
        Shop shop = signUp("Limit Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "500.00");
        int movementsBefore = movementCount(atta);

        Api.Response refused = api.post("/api/v1/sales", token, creditSale(atta, "2", meena));
        assertProblem(refused, 409, "CREDIT_LIMIT_EXCEEDED");
        assertThat(movementCount(atta)).as("no stock moved for a refused sale").isEqualTo(movementsBefore);
        assertThat(listedIds(token)).isEmpty();

        String cashier = addUser(shop, "CASHIER", uniquePhone());
        Map<String, Object> overridden = creditSale(atta, "2", meena);
        overridden.put("payment", Map.of("mode", "CREDIT", "overrideCreditLimit", true));
        assertProblem(api.post("/api/v1/sales", cashier, overridden), 403, "FORBIDDEN");

        JsonNode sold = recordSale(token, overridden);
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        JsonNode entry = awaitLedger(token, meena, 1).path("entries").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("CREDIT_SALE");
        assertThat(entry.path("overriddenBy").asText()).as("the override is on record").isEqualTo(shop.ownerId());
    }

    @Test
    void credit_needs_a_khata_of_this_shop() {
        Shop shop = signUp("Khata Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        Shop other = signUp("Other Kirana");
        String theirs = openKhata(other.accessToken(), "5000.00");

        assertProblem(api.post("/api/v1/sales", token, creditSale(atta, "1", theirs)), 400, "CUSTOMER_NOT_FOUND",
                "customer.customerId");
        Map<String, Object> typedIn = sale(List.of(line(atta, "1")), "CREDIT");
        typedIn.put("customer", Map.of("name", "Walk-in", "phone", "+919822012345"));
        assertProblem(api.post("/api/v1/sales", token, typedIn), 400, "CUSTOMER_REQUIRED", "customer.customerId");
        assertThat(listedIds(token)).isEmpty();
    }

    @Test
    void concurrent_credit_sales_and_repayments_on_one_khata_lose_nothing() throws Exception {
        Shop shop = signUp("Busy Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        String meena = openKhata(token, "100000.00");
        String today = today().toString();

        // 10 credit sales of one pack (285.00) over HTTP and 10 repayments of 100.00 as the payments context will
        // send them, all at once on one account.
        List<Integer> answers = concurrently(8, 20, n -> {
            if (n % 2 == 0) {
                return api.post("/api/v1/sales", token, creditSale(atta, "1", meena)).status();
            }
            commands.sendAndWait(new dev.bahi.sales.api.RecordRepayment(meena, shop.tenantId(), "payment-" + n, 100_00,
                    "UPI", "43123456789" + n, today));
            return 201;
        });
        assertThat(answers).containsOnly(201);

        JsonNode ledger = awaitLedger(token, meena, 20);
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("1850.00"); // 10 × 285.00 − 10 × 100.00
        long previous = 0;
        for (JsonNode entry : ledger.path("entries")) {
            long debit = new java.math.BigDecimal(entry.path("debit").asText()).movePointRight(2).longValueExact();
            long credit = new java.math.BigDecimal(entry.path("credit").asText()).movePointRight(2).longValueExact();
            long balance = new java.math.BigDecimal(entry.path("balance").asText()).movePointRight(2).longValueExact();
            assertThat(balance).as("every entry's running balance follows from the one before")
                    .isEqualTo(previous + debit - credit);
            previous = balance;
        }
    }
}
