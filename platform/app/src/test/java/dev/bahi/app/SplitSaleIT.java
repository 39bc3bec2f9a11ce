package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rupee that comes in is recorded once: the parts of a counter sale paid by UPI or in cash become payments of
 * the sale (already counted as paid by it), the credit part waits on the khata until a repayment comes in.
 */
class SplitSaleIT extends SalesEndToEndTest {
    static final String PAYMENTS = "/api/v1/payments";

    private List<JsonNode> salePayments(String token, String saleId) {
        Api.Response page = api.get(PAYMENTS + "?limit=200", token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        page.body().path("payments").forEach(p -> {
            if (saleId.equals(p.path("saleId").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    private Map<String, String> byMethod(String token) {
        Api.Response answer = api.get(PAYMENTS + "/analytics?groupBy=method", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, String> amounts = new java.util.LinkedHashMap<>();
        answer.body().path("groups").forEach(g -> amounts.put(g.path("key").asText(), g.path("succeededAmount").asText()));
        return amounts;
    }

    private void awaitBalance(String token, String customerId, String balance) {
        await10().until(() -> api.get("/api/v1/customers/" + customerId, token).body().path("balance").asText(),
                balance::equals);
    }

    @Test
    void the_upi_and_cash_parts_of_a_split_sale_are_payments_and_the_credit_part_waits_on_the_khata() {
        Shop shop = signUp("Split Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        Api.Response khata = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", "50000.00"));
        assertThat(khata.status()).as(khata.toString()).isEqualTo(201);
        String meena = khata.text("id");

        Map<String, Object> sale = sale(List.of(line(atta, "2")), "SPLIT");
        sale.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "UPI", "amount", "200.00"),
                Map.of("mode", "CASH", "amount", "100.00"), Map.of("mode", "CREDIT", "amount", "270.00"))));
        sale.put("customer", Map.of("customerId", meena));
        JsonNode sold = recordSale(token, sale);
        assertThat(sold.path("totals").path("grandTotal").asText()).isEqualTo("570.00");
        assertThat(sold.path("paid").asText()).isEqualTo("300.00");
        assertThat(sold.path("due").asText()).isEqualTo("270.00");
        String saleId = sold.path("id").asText();

        await10().until(() -> salePayments(token, saleId).size() == 2);
        List<JsonNode> payments = salePayments(token, saleId);
        assertThat(payments).extracting(p -> p.path("method").asText() + " " + p.path("amount").asText() + " "
                        + p.path("status").asText() + " " + p.path("saleAmount").asText())
                .containsExactlyInAnyOrder("UPI 200.00 SUCCEEDED 200.00", "CASH 100.00 SUCCEEDED 100.00");
        awaitBalance(token, meena, "270.00");
        assertThat(awaitSale(token, saleId).path("due").asText()).as("the counter parts are not paid twice")
                .isEqualTo("270.00");

        await10().until(() -> byMethod(token), Map.of("UPI", "200.00", "CASH", "100.00")::equals);

        Map<String, Object> repayment = new java.util.LinkedHashMap<>();
        repayment.put("method", "UPI");
        repayment.put("amount", "270.00");
        repayment.put("saleId", saleId);
        repayment.put("upi", Map.of("utr", PaymentsIT.utr(), "payerVpa", "meena@okaxis"));
        Api.Response paid = api.post(PAYMENTS, token, repayment);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.body().path("status").asText()).isEqualTo("SUCCEEDED");

        awaitSale(token, saleId, s -> s.path("due").asText().equals("0.00"));
        awaitBalance(token, meena, "0.00");
        await10().until(() -> byMethod(token), Map.of("UPI", "470.00", "CASH", "100.00")::equals);
        assertThat(salePayments(token, saleId)).hasSize(3);
    }
}
