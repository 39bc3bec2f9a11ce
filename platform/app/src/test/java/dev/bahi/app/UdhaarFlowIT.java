package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The udhaar story end to end: a credit sale on a khata, a partial UPI repayment through the payments context, a
 * return, and a statement whose running balance is exact at every line.
 */
class UdhaarFlowIT extends SalesEndToEndTest {

    @Test
    void credit_sale_then_partial_upi_repayment_then_return_leaves_an_exact_statement() {
        Shop shop = signUp("Story Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        Api.Response opened = api.post("/api/v1/customers", token, Map.of("name", "Meena Patil", "phone", uniquePhone(),
                "creditLimit", "5000.00"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String meena = opened.text("id");

        Map<String, Object> credit = sale(List.of(line(atta, "2")), "CREDIT");
        credit.put("customer", Map.of("customerId", meena));
        String saleId = recordSale(token, credit).path("id").asText();
        assertThat(issueInvoice(token, saleId).status()).isEqualTo(201);

        Api.Response paid = api.post("/api/v1/payments", token, Map.of("method", "UPI", "amount", "300.00",
                "saleId", saleId, "upi", Map.of("utr", "431234567890", "payerVpa", "meena@okaxis")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(awaitSale(token, saleId, s -> s.path("due").asText().equals("270.00")).path("paid").asText())
                .isEqualTo("300.00");

        Api.Response returned = returnGoods(token, saleId, atta, "1", "CHANGED_MIND");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);

        JsonNode ledger = await10().until(() -> api.get("/api/v1/customers/" + meena + "/ledger", token).body(),
                l -> l.path("entries").size() == 3);
        assertThat(texts(ledger.path("entries"), "kind")).containsExactly("CREDIT_SALE", "REPAYMENT", "RETURN");
        assertThat(texts(ledger.path("entries"), "debit")).containsExactly("570.00", "0.00", "0.00");
        // the return gives back what of the sale was still unpaid (270.00); the 15.00 paid beyond the kept pack is
        // the customer's to take in cash, not a khata entry
        assertThat(texts(ledger.path("entries"), "credit")).containsExactly("0.00", "300.00", "270.00");
        assertThat(texts(ledger.path("entries"), "balance")).containsExactly("570.00", "270.00", "0.00");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("0.00");

        Binary statement = getPdf("/api/v1/customers/" + meena + "/statement.pdf", token);
        String text = pdfText(statement);
        assertThat(text).contains("Meena Patil", "570.00", "300.00", "270.00", "431234567890");
    }
}
