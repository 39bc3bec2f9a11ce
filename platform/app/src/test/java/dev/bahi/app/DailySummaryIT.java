package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daily summary end to end: a realistic day of a kirana shop (cash, UPI, card, a split sale, a credit sale, an
 * udhaar repayment by UPI and one in cash refunded in part, a cancelled sale, a return, an item going low on stock)
 * recorded over HTTP, then every figure of {@code GET /api/v1/reports/daily-summary} checked against sums worked out
 * here from what the API answered; only for the shop's owner, manager or accountant, only its own day.
 */
class DailySummaryIT extends SalesEndToEndTest {
    static final String SUMMARY = "/api/v1/reports/daily-summary";
    static final String PAYMENTS = "/api/v1/payments";

    /** Sums of the sales the summary should count, worked out from the sales' own answers (paise). */
    private static final class Expected {
        int salesCount;
        long gross;
        long discounts;
        long taxable;
        long cgst;
        long sgst;
        long igst;
        long cess;

        void add(JsonNode sale) {
            JsonNode t = sale.path("totals");
            salesCount++;
            gross += paise(t.path("grandTotal"));
            discounts += paise(t.path("discount"));
            taxable += paise(t.path("taxableValue"));
            cgst += paise(t.path("cgst"));
            sgst += paise(t.path("sgst"));
            igst += paise(t.path("igst"));
            cess += paise(t.path("cess"));
        }
    }

    static long paise(JsonNode rupees) {
        return new BigDecimal(rupees.asText()).movePointRight(2).longValueExact();
    }

    static String rupees(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }

    private static Map<String, Object> withMinStock(Map<String, Object> item, String minStock) {
        item.put("minStock", minStock);
        return item;
    }

    private String openKhata(String token) {
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Patil",
                "phone", uniquePhone(), "creditLimit", "5000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        await10().until(() -> api.get("/api/v1/customers/" + id, token).status() == 200);
        return id;
    }

    private JsonNode pay(String token, Map<String, Object> payment) {
        Api.Response paid = api.post(PAYMENTS, token, payment);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.text("status")).as(paid.toString()).isEqualTo("SUCCEEDED");
        return paid.body();
    }

    private JsonNode summary(String token, String query) {
        Api.Response answer = api.get(SUMMARY + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void a_day_of_a_kirana_adds_up_to_every_figure_and_another_shop_sees_none_of_it() {
        Shop shop = signUp("Summary Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, withMinStock(atta("ATTA-5KG"), "10"));
        String oil = createItem(token, item("FORTUNE-OIL-1L", "Fortune Sunflower Oil 1 L", "1512", "5", "180.00",
                true));
        String soap = createItem(token, item("LUX-SOAP", "Lux Soap 100 g", "3401", "18", "40.00", true));
        receive(token, atta, "12");
        receive(token, oil, "50");
        receive(token, soap, "100");
        String meena = openKhata(token);
        Expected expected = new Expected();

        // 1. cash: atta ×1
        JsonNode cash = recordSale(token, cashSale(atta, "1"));
        expected.add(cash);
        String day = cash.path("businessDate").asText();
        // 2. UPI: oil ×2, invoiced, then one bottle comes back
        JsonNode upi = recordSale(token, sale(List.of(line(oil, "2")), "UPI"));
        expected.add(upi);
        // 3. split: atta ×2 = ₹570 as ₹200 UPI + ₹100 cash + ₹270 udhaar; atta falls to 9, below its minimum of 10
        Map<String, Object> split = sale(List.of(line(atta, "2")), "SPLIT");
        split.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "UPI", "amount", "200.00"),
                Map.of("mode", "CASH", "amount", "100.00"), Map.of("mode", "CREDIT", "amount", "270.00"))));
        split.put("customer", Map.of("customerId", meena));
        JsonNode splitSale = recordSale(token, split);
        expected.add(splitSale);
        // 4. on udhaar: soap ×3
        Map<String, Object> credit = sale(List.of(line(soap, "3")), "CREDIT");
        credit.put("customer", Map.of("customerId", meena));
        JsonNode creditSale = recordSale(token, credit);
        expected.add(creditSale);
        // 5. cash, then cancelled: counts nowhere
        JsonNode cancelled = recordSale(token, cashSale(soap, "1"));
        Api.Response cancel = api.post(SALES + "/" + cancelled.path("id").asText() + "/cancel", token,
                Map.of("reason", "rang up twice"));
        assertThat(cancel.status()).as(cancel.toString()).isIn(200, 201);
        // 6. card, with ₹10 off: oil ×1
        JsonNode card = recordSale(token, sale(List.of(line(oil, "1", "180.00", "10.00")), "CARD"));
        expected.add(card);

        invoice(token, upi.path("id").asText());
        Api.Response returned = returnGoods(token, upi.path("id").asText(), oil, "1", "CHANGED_MIND");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        long returnedAmount = paise(returned.body().path("totals").path("grandTotal"));

        // udhaar repaid: ₹150 by UPI, ₹100 in cash of which ₹30 is given back
        Map<String, Object> byUpi = new LinkedHashMap<>(Map.of("method", "UPI", "amount", "150.00",
                "customerId", meena));
        byUpi.put("upi", Map.of("utr", PaymentsIT.utr(), "payerVpa", "meena@okaxis"));
        pay(token, byUpi);
        String inCash = pay(token, Map.of("method", "CASH", "amount", "100.00", "customerId", meena)).path("id")
                .asText();
        Api.Response refund = api.post(PAYMENTS + "/" + inCash + "/refunds", token,
                Map.of("amount", "30.00", "reason", "paid too much"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);

        // worked out independently of the projection
        assertThat(expected.gross).as("285 + 360 + 570 + 120 + 170").isEqualTo(1505_00);
        Map<String, String> collections = new LinkedHashMap<>();
        collections.put("UPI", rupees(360_00 + 200_00 + 150_00));
        collections.put("CASH", rupees(285_00 + 100_00 + 100_00 - 30_00));
        collections.put("CARD", rupees(paise(card.path("totals").path("grandTotal"))));
        collections.put("BANK_TRANSFER", "0.00");
        long creditGiven = paise(splitSale.path("due")) + paise(creditSale.path("due"));
        assertThat(creditGiven).isEqualTo(270_00 + 120_00);
        long counterPaid = paise(cash.path("paid")) + paise(upi.path("paid")) + paise(splitSale.path("paid"))
                + paise(card.path("paid"));
        assertThat(counterPaid + creditGiven).as("every rupee billed is paid at the counter or on udhaar")
                .isEqualTo(expected.gross);

        JsonNode[] seen = new JsonNode[1];
        await10().until(() -> {
            seen[0] = summary(token, "date=" + day);
            return seen[0].path("salesCount").asInt() == expected.salesCount
                    && seen[0].path("returnsCount").asInt() == 1
                    && seen[0].path("collections").path("CASH").asText().equals(collections.get("CASH"))
                    && seen[0].path("collections").path("UPI").asText().equals(collections.get("UPI"))
                    && seen[0].path("creditCollected").asText().equals("220.00")
                    && seen[0].path("wentLowOnStock").size() == 1;
        });
        JsonNode summary = seen[0];
        assertThat(summary.path("date").asText()).isEqualTo(day);
        assertThat(summary.path("salesCount").asInt()).isEqualTo(5);
        assertThat(summary.path("gross").asText()).isEqualTo("1505.00");
        assertThat(summary.path("discounts").asText()).isEqualTo(rupees(expected.discounts)).isEqualTo("10.00");
        assertThat(summary.path("taxableValue").asText()).isEqualTo(rupees(expected.taxable));
        assertThat(summary.path("cgst").asText()).isEqualTo(rupees(expected.cgst));
        assertThat(summary.path("sgst").asText()).isEqualTo(rupees(expected.sgst));
        assertThat(summary.path("igst").asText()).isEqualTo(rupees(expected.igst)).isEqualTo("0.00");
        assertThat(summary.path("cess").asText()).isEqualTo(rupees(expected.cess)).isEqualTo("0.00");
        assertThat(expected.taxable + expected.cgst + expected.sgst).as("tax-inclusive prices, rounded to the rupee")
                .isBetween(expected.gross - 500, expected.gross + 500);
        assertThat(summary.path("returnsCount").asInt()).isEqualTo(1);
        assertThat(summary.path("returns").asText()).isEqualTo(rupees(returnedAmount)).isEqualTo("180.00");
        assertThat(summary.path("net").asText()).isEqualTo(rupees(expected.gross - returnedAmount))
                .isEqualTo("1325.00");
        Map<String, String> answered = new LinkedHashMap<>();
        summary.path("collections").fields().forEachRemaining(f -> answered.put(f.getKey(), f.getValue().asText()));
        assertThat(answered).containsExactlyEntriesOf(collections);
        assertThat(summary.path("collected").asText()).isEqualTo("1335.00");
        assertThat(summary.path("creditGiven").asText()).isEqualTo(rupees(creditGiven));
        assertThat(summary.path("creditCollected").asText()).as("150 + 100 - 30").isEqualTo("220.00");

        JsonNode top = summary.path("topItems");
        assertThat(texts(top, "name")).containsExactly("Aashirvaad Atta 5 kg", "Fortune Sunflower Oil 1 L",
                "Lux Soap 100 g");
        assertThat(texts(top, "itemId")).containsExactly(atta, oil, soap);
        assertThat(texts(top, "quantity")).containsExactly("3", "3", "3");
        assertThat(texts(top, "unit")).containsExactly("PCS", "PCS", "PCS");
        assertThat(texts(top, "amount")).containsExactly("855.00", "530.00", "120.00");

        JsonNode low = summary.path("wentLowOnStock");
        assertThat(low.size()).isEqualTo(1);
        assertThat(low.get(0).path("itemId").asText()).isEqualTo(atta);
        assertThat(low.get(0).path("sku").asText()).isEqualTo("ATTA-5KG");
        assertThat(low.get(0).path("name").asText()).isEqualTo("Aashirvaad Atta 5 kg");
        assertThat(low.get(0).path("onHand").asText()).isEqualTo("9");
        assertThat(low.get(0).path("minStock").asText()).isEqualTo("10");
        assertThat(low.get(0).path("unit").asText()).isEqualTo("PCS");

        // by default today in the shop's time zone; a range has one summary a day
        assertThat(summary(token, "").path("date").asText()).isEqualTo(day);
        LocalDate date = LocalDate.parse(day);
        JsonNode range = summary(token, "from=" + date.minusDays(1) + "&to=" + date.plusDays(1));
        assertThat(range.path("from").asText()).isEqualTo(date.minusDays(1).toString());
        assertThat(range.path("to").asText()).isEqualTo(date.plusDays(1).toString());
        assertThat(texts(range.path("days"), "date")).containsExactly(date.minusDays(1).toString(), day,
                date.plusDays(1).toString());
        assertThat(range.path("days").get(1)).isEqualTo(summary);
        assertThat(range.path("days").get(0).path("salesCount").asInt()).isZero();
        assertThat(range.path("days").get(2).path("gross").asText()).isEqualTo("0.00");

        // the accountant and a manager read it too
        assertThat(summary(addUser(shop, "ACCOUNTANT", uniquePhone()), "date=" + day)).isEqualTo(summary);
        assertThat(summary(addUser(shop, "MANAGER", uniquePhone()), "date=" + day)).isEqualTo(summary);

        // another shop: its own day only, zeros
        String theirs = signUp("Other Summary Kirana").accessToken();
        JsonNode other = summary(theirs, "date=" + day);
        assertThat(other.path("date").asText()).isEqualTo(day);
        assertThat(other.path("salesCount").asInt()).isZero();
        assertThat(other.path("gross").asText()).isEqualTo("0.00");
        assertThat(other.path("returnsCount").asInt()).isZero();
        assertThat(other.path("creditGiven").asText()).isEqualTo("0.00");
        assertThat(other.path("creditCollected").asText()).isEqualTo("0.00");
        other.path("collections").forEach(c -> assertThat(c.asText()).isEqualTo("0.00"));
        assertThat(other.path("topItems").size()).isZero();
        assertThat(other.path("wentLowOnStock").size()).isZero();
        summary(theirs, "from=" + date.minusDays(1) + "&to=" + date.plusDays(1)).path("days")
                .forEach(d -> assertThat(d.path("salesCount").asInt()).isZero());
    }

    @Test
    void a_cashier_may_not_read_the_daily_summary() {
        Shop shop = signUp("Counter Summary Kirana");
        String cashier = addUser(shop, "CASHIER", uniquePhone());

        assertProblem(api.get(SUMMARY, cashier), 403, "FORBIDDEN");
        assertProblem(api.get(SUMMARY + "?from=2026-11-01&to=2026-11-02", cashier), 403, "FORBIDDEN");
        assertThat(api.get(SUMMARY, null).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_refused_with_its_code_and_field() {
        String token = signUp("Careful Summary Kirana").accessToken();

        assertProblem(api.get(SUMMARY + "?date=2026-13-01", token), 400, "DATE_INVALID", "date");
        assertProblem(api.get(SUMMARY + "?date=yesterday", token), 400, "DATE_INVALID", "date");
        assertProblem(api.get(SUMMARY + "?from=01-11-2026&to=2026-11-30", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(SUMMARY + "?from=2026-11-01&to=2026-11-31", token), 400, "DATE_INVALID", "to");
        assertProblem(api.get(SUMMARY + "?from=2026-11-10&to=2026-11-01", token), 400, "DATE_RANGE_INVALID",
                "from");
        assertProblem(api.get(SUMMARY + "?from=2026-01-01&to=2026-04-03", token), 400, "RANGE_TOO_LONG", "from");
        assertProblem(api.get(SUMMARY + "?date=2026-11-25&from=2026-11-01&to=2026-11-30", token), 400,
                "DATE_WITH_RANGE", "date");
        assertProblem(api.get(SUMMARY + "?date=2026-11-25&to=2026-11-30", token), 400, "DATE_WITH_RANGE", "date");
        assertProblem(api.get(SUMMARY + "?from=2026-11-01", token), 400, "DATE_REQUIRED", "to");
        assertProblem(api.get(SUMMARY + "?to=2026-11-30", token), 400, "DATE_REQUIRED", "from");

        JsonNode quarter = summary(token, "from=2026-01-01&to=2026-04-02");
        assertThat(quarter.path("days").size()).as("92 days is allowed").isEqualTo(92);
        JsonNode quiet = summary(token, "date=2026-11-25");
        assertThat(quiet.path("salesCount").asInt()).isZero();
        assertThat(quiet.path("net").asText()).isEqualTo("0.00");
    }
}
