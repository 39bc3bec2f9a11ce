package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.sales.api.ReverseCreditSale;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cancelling a sale that went (partly) on udhaar credits the khata back with exactly what the sale charged, in the
 * cancellation's own unit of work, once.
 */
class CancelCreditSaleIT extends SalesEndToEndTest {
    static final String CUSTOMERS = "/api/v1/customers";

    @Autowired
    CommandGateway commands;

    private String openKhata(String token, String openingBalance) {
        Api.Response created = api.post(CUSTOMERS, token, Map.of("name", "Meena Kulkarni", "phone", uniquePhone(),
                "creditLimit", "5000.00", "openingBalance", openingBalance));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private JsonNode awaitLedger(String token, String customerId, int entries) {
        return await10().until(() -> api.get(CUSTOMERS + "/" + customerId + "/ledger", token).body(),
                ledger -> ledger.path("entries").size() == entries);
    }

    private String awaitBalance(String token, String customerId, String balance) {
        return await10().until(() -> api.get(CUSTOMERS + "/" + customerId, token).text("balance"), balance::equals);
    }

    private Api.Response cancel(String token, String saleId, String reason) {
        return api.post(SALES + "/" + saleId + "/cancel", token, Map.of("reason", reason));
    }

    @Test
    void cancelling_a_credit_sale_puts_the_khata_back_where_it_was_once() {
        Shop shop = signUp("Cancel Udhaar Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "100.00");

        Map<String, Object> credit = sale(List.of(line(atta, "2")), "CREDIT");
        credit.put("customer", Map.of("customerId", meena));
        String saleId = recordSale(token, credit).path("id").asText();
        awaitBalance(token, meena, "670.00");

        Api.Response cancelled = cancel(token, saleId, "Billed the wrong customer");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        JsonNode ledger = awaitLedger(token, meena, 3);
        assertThat(texts(ledger.path("entries"), "kind")).containsExactly("OPENING_BALANCE", "CREDIT_SALE",
                "SALE_CANCELLED");
        JsonNode reversal = ledger.path("entries").get(2);
        assertThat(reversal.path("credit").asText()).isEqualTo("570.00");
        assertThat(reversal.path("debit").asText()).isEqualTo("0.00");
        assertThat(reversal.path("balance").asText()).isEqualTo("100.00");
        assertThat(reversal.path("saleId").asText()).isEqualTo(saleId);
        assertThat(reversal.path("reference").asText()).isEqualTo(saleId);
        assertThat(reversal.path("note").asText()).isEqualTo("Billed the wrong customer");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("100.00");
        assertThat(awaitBalance(token, meena, "100.00")).as("what she owed before the sale").isEqualTo("100.00");
        awaitOnHand(token, atta, "10");

        // a second cancel is refused, and the khata is not credited again, even when asked directly
        int khataEvents = eventCount(meena);
        assertProblem(cancel(token, saleId, "Again"), 409, "SALE_ALREADY_CANCELLED");
        Object again = commands.sendAndWait(new ReverseCreditSale(meena, shop.tenantId(), saleId, "Again",
                today().toString()));
        assertThat(again).isNull();
        assertThat(eventCount(meena)).as("nothing more on the khata").isEqualTo(khataEvents);
        assertThat(awaitLedger(token, meena, 3).path("closingBalance").asText()).isEqualTo("100.00");

        String statement = pdfText(getPdf(CUSTOMERS + "/" + meena + "/statement.pdf", token));
        assertThat(statement).contains("Sale cancelled " + saleId).contains("Billed the wrong customer");
    }

    @Test
    void cancelling_a_split_sale_credits_back_only_its_credit_part() {
        Shop shop = signUp("Cancel Split Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "0");

        Map<String, Object> split = sale(List.of(line(atta, "2")), "SPLIT");
        split.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "CASH", "amount", "300.00"),
                Map.of("mode", "CREDIT", "amount", "270.00"))));
        split.put("customer", Map.of("customerId", meena));
        JsonNode sold = recordSale(token, split);
        assertThat(sold.path("due").asText()).isEqualTo("270.00");
        awaitBalance(token, meena, "270.00");

        Api.Response cancelled = cancel(token, sold.path("id").asText(), "Customer changed their mind");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        JsonNode ledger = awaitLedger(token, meena, 2);
        assertThat(texts(ledger.path("entries"), "kind")).containsExactly("CREDIT_SALE", "SALE_CANCELLED");
        assertThat(texts(ledger.path("entries"), "credit")).containsExactly("0.00", "270.00");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("0.00");
        awaitBalance(token, meena, "0.00");
    }

    @Test
    void cancelling_a_cash_sale_that_named_a_customer_leaves_the_khata_alone() {
        Shop shop = signUp("Cancel Cash Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "100.00");

        Map<String, Object> cash = sale(List.of(line(atta, "1")), "CASH");
        cash.put("customer", Map.of("customerId", meena));
        String saleId = recordSale(token, cash).path("id").asText();
        int khataEvents = eventCount(meena);

        Api.Response cancelled = cancel(token, saleId, "Wrong item");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        awaitOnHand(token, atta, "10");
        assertThat(eventCount(meena)).as("a khata never charged is never credited").isEqualTo(khataEvents);
        assertThat(texts(awaitLedger(token, meena, 1).path("entries"), "kind")).containsExactly("OPENING_BALANCE");
        assertThat(api.get(CUSTOMERS + "/" + meena, token).text("balance")).isEqualTo("100.00");
    }
}
