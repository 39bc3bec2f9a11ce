package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Payments end to end: UPI, cash and card money against credit sales and khatas, over real HTTP. A payment on a
 * sale settles the sale and, since the sale's due sits on the customer's khata, credits the khata too.
 */
class PaymentsIT extends SalesEndToEndTest {
    static final String PAYMENTS = "/api/v1/payments";
    private static final java.util.concurrent.atomic.AtomicLong UTRS =
            new java.util.concurrent.atomic.AtomicLong(431_000_000_000L + (long) (Math.random() * 1_000_000_000L));

    /** A fresh 12-digit UTR, unique within the run. */
    static String utr() {
        return Long.toString(UTRS.incrementAndGet());
    }

    private String openKhata(String token) {
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", "50000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** A credit sale of two packs of atta (570.00) on the khata, once the read model shows it. */
    private String creditSale(String token, String atta, String customerId) {
        Map<String, Object> sale = sale(List.of(line(atta, "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", customerId));
        JsonNode sold = recordSale(token, sale);
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        String saleId = sold.path("id").asText();
        awaitSale(token, saleId);
        return saleId;
    }

    private record Setup(Shop shop, String token, String atta, String meena) {
    }

    private Setup shopWithKhata(String name) {
        Shop shop = signUp(name);
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        return new Setup(shop, token, atta, openKhata(token));
    }

    static Map<String, Object> upi(String amount, String saleId, String utr) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("method", "UPI");
        payment.put("amount", amount);
        payment.put("saleId", saleId);
        if (utr != null) {
            payment.put("upi", Map.of("utr", utr, "payerVpa", "meena@okaxis"));
        }
        return payment;
    }

    private JsonNode pay(String token, Map<String, Object> payment) {
        Api.Response paid = api.post(PAYMENTS, token, payment);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.header("Location")).endsWith(PAYMENTS + "/" + paid.text("id"));
        return paid.body();
    }

    private void awaitDue(String token, String saleId, String due) {
        awaitSale(token, saleId, s -> s.path("due").asText().equals(due));
    }

    private void awaitBalance(String token, String customerId, String balance) {
        await10().until(() -> api.get("/api/v1/customers/" + customerId, token).body().path("balance").asText(),
                balance::equals);
    }

    private List<String> listedPaymentIds(String token, String query) {
        Api.Response page = api.get(PAYMENTS + "?limit=200" + (query.isEmpty() ? "" : "&" + query), token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return texts(page.body().path("payments"), "id");
    }

    @Test
    void a_upi_payment_on_a_credit_sale_settles_the_sale_and_the_khata_and_the_excess_goes_to_udhaar_only_when_asked() {
        Setup s = shopWithKhata("Payments Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        awaitBalance(s.token(), s.meena(), "570.00");
        String utr = utr();

        JsonNode paid = pay(s.token(), upi("300.00", saleId, utr));
        assertThat(paid.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(paid.path("saleAmount").asText()).isEqualTo("300.00");
        assertThat(paid.path("udhaarAmount").asText()).isEqualTo("0.00");
        assertThat(paid.path("upi").path("utr").asText()).isEqualTo(utr);
        assertThat(paid.path("recordedBy").asText()).as("who recorded it").isEqualTo(s.shop().ownerId());
        awaitDue(s.token(), saleId, "270.00");
        awaitBalance(s.token(), s.meena(), "270.00");

        assertProblem(api.post(PAYMENTS, s.token(), upi("500.00", saleId, utr())), 400, "PAYMENT_EXCEEDS_DUE", "amount");
        assertProblem(api.post(PAYMENTS, s.token(), upi("100.00", saleId, utr)), 409, "UTR_ALREADY_RECORDED");

        Map<String, Object> excess = upi("500.00", saleId, utr());
        excess.put("excessToUdhaar", true);
        JsonNode split = pay(s.token(), excess);
        assertThat(split.path("saleAmount").asText()).isEqualTo("270.00");
        assertThat(split.path("udhaarAmount").asText()).isEqualTo("230.00");
        assertThat(split.path("customerId").asText()).isEqualTo(s.meena());
        awaitDue(s.token(), saleId, "0.00");
        awaitBalance(s.token(), s.meena(), "-230.00");

        assertThat(listedPaymentIds(s.token(), "")).containsExactly(paid.path("id").asText(), split.path("id").asText());
    }

    @Test
    void a_pending_upi_payment_is_applied_when_it_succeeds_with_its_utr_and_a_failed_one_never() {
        Setup s = shopWithKhata("Pending Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        String cashier = addUser(s.shop(), "CASHIER", uniquePhone());

        JsonNode pending = pay(cashier, upi("100.00", saleId, null));
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        String id = pending.path("id").asText();
        assertProblem(api.patch(PAYMENTS + "/" + id, cashier, Map.of("status", "SUCCEEDED")), 400, "UTR_REQUIRED", "utr");

        String utr = utr();
        Api.Response confirmed = api.patch(PAYMENTS + "/" + id, cashier,
                Map.of("status", "SUCCEEDED", "utr", utr, "reason", "credit seen in the bank app"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(confirmed.body().path("upi").path("utr").asText()).isEqualTo(utr);
        awaitDue(s.token(), saleId, "470.00");
        awaitBalance(s.token(), s.meena(), "470.00");
        assertProblem(api.patch(PAYMENTS + "/" + id, cashier, Map.of("status", "FAILED")), 409, "ILLEGAL_TRANSITION");

        int saleEvents = eventCount(saleId);
        String failing = pay(cashier, upi("50.00", saleId, null)).path("id").asText();
        Api.Response failed = api.patch(PAYMENTS + "/" + failing, cashier,
                Map.of("status", "FAILED", "reason", "payer cancelled"));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.body().path("status").asText()).isEqualTo("FAILED");
        assertProblem(api.patch(PAYMENTS + "/" + failing, cashier, Map.of("status", "SUCCEEDED", "utr", utr())), 409,
                "ILLEGAL_TRANSITION");
        assertThat(eventCount(saleId)).as("a failed payment settles nothing").isEqualTo(saleEvents);
        assertThat(awaitSale(s.token(), saleId).path("due").asText()).isEqualTo("470.00");
        assertThat(listedPaymentIds(s.token(), "status=FAILED")).containsExactly(failing);
        assertThat(listedPaymentIds(s.token(), "status=SUCCEEDED&method=UPI")).containsExactly(id);
        String today = today().toString();
        assertThat(listedPaymentIds(s.token(), "from=" + today + "&to=" + today)).containsExactly(id, failing);
        assertThat(listedPaymentIds(s.token(), "from=" + today().plusDays(1))).isEmpty();
    }

    @Test
    void a_payment_is_refunded_in_parts_up_to_its_amount_and_the_sale_and_khata_owe_it_again() {
        Setup s = shopWithKhata("Refund Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        Map<String, Object> cash = new LinkedHashMap<>(Map.of("method", "CASH", "amount", "200.00", "saleId", saleId));
        String id = pay(s.token(), cash).path("id").asText();
        awaitDue(s.token(), saleId, "370.00");
        awaitBalance(s.token(), s.meena(), "370.00");

        String cashier = addUser(s.shop(), "CASHIER", uniquePhone());
        assertProblem(api.post(PAYMENTS + "/" + id + "/refunds", cashier, Map.of("amount", "10.00")), 403, "FORBIDDEN");

        Api.Response refunded = api.post(PAYMENTS + "/" + id + "/refunds", s.token(),
                Map.of("amount", "150.00", "reason", "one pack returned"));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.body().path("payment").path("refunded").asText()).isEqualTo("150.00");
        assertThat(refunded.body().path("payment").path("status").asText()).isEqualTo("SUCCEEDED");
        awaitDue(s.token(), saleId, "520.00");
        awaitBalance(s.token(), s.meena(), "520.00");

        assertProblem(api.post(PAYMENTS + "/" + id + "/refunds", s.token(), Map.of("amount", "50.01")), 400,
                "REFUND_EXCEEDS_PAYMENT", "amount");
        Api.Response rest = api.post(PAYMENTS + "/" + id + "/refunds", s.token(), Map.of("amount", "50.00"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.body().path("payment").path("status").asText()).isEqualTo("REFUNDED");
        assertThat(rest.body().path("payment").path("refunds").size()).isEqualTo(2);
        awaitDue(s.token(), saleId, "570.00");
        awaitBalance(s.token(), s.meena(), "570.00");
        assertProblem(api.post(PAYMENTS + "/" + id + "/refunds", s.token(), Map.of("amount", "1.00")), 409,
                "ILLEGAL_TRANSITION");
    }

    @Test
    void a_repayment_on_the_khata_alone_reduces_what_the_customer_owes() {
        Setup s = shopWithKhata("Khata Kirana");
        creditSale(s.token(), s.atta(), s.meena());
        JsonNode paid = pay(s.token(), Map.of("method", "CARD", "amount", "100.00", "customerId", s.meena(),
                "card", Map.of("last4", "4242", "approvalCode", "a1b2c3")));
        assertThat(paid.path("udhaarAmount").asText()).isEqualTo("100.00");
        assertThat(paid.path("card").path("approvalCode").asText()).isEqualTo("A1B2C3");
        awaitBalance(s.token(), s.meena(), "470.00");
    }

    @Test
    void another_shop_sees_none_of_the_payments_and_cannot_pay_its_sales() {
        Setup s = shopWithKhata("Mine Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        String id = pay(s.token(), upi("100.00", saleId, utr())).path("id").asText();
        String theirs = signUp("Theirs Kirana").accessToken();

        assertProblem(api.get(PAYMENTS + "/" + id, theirs), 404, "PAYMENT_NOT_FOUND");
        assertProblem(api.patch(PAYMENTS + "/" + id, theirs, Map.of("status", "FAILED")), 404, "PAYMENT_NOT_FOUND");
        assertProblem(api.post(PAYMENTS + "/" + id + "/refunds", theirs, Map.of("amount", "10.00")), 404,
                "PAYMENT_NOT_FOUND");
        assertThat(listedPaymentIds(theirs, "")).isEmpty();
        assertProblem(api.post(PAYMENTS, theirs, upi("10.00", saleId, utr())), 400, "SALE_NOT_FOUND", "saleId");
        assertProblem(api.post(PAYMENTS, theirs, Map.of("method", "CASH", "amount", "10.00", "customerId", s.meena())),
                400, "CUSTOMER_NOT_FOUND", "customerId");
        assertProblem(api.get(PAYMENTS + "/no-such-payment", s.token()), 404, "PAYMENT_NOT_FOUND");
        assertThat(api.get(PAYMENTS + "/" + id, s.token()).status()).isEqualTo(200);
    }

    @Test
    void bad_input_is_refused_with_its_field_and_writes_nothing() {
        Setup s = shopWithKhata("Careful Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());

        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "CASH", "amount", "-10.00", "saleId", saleId)),
                400, "AMOUNT_NEGATIVE", "amount");
        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "CASH", "amount", "0", "saleId", saleId)),
                400, "AMOUNT_NOT_POSITIVE", "amount");
        assertProblem(api.post(PAYMENTS, s.token(), upi("10.00", saleId, "12345")), 400, "UTR_INVALID", "upi.utr");
        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "CHEQUE", "amount", "10.00", "saleId", saleId)),
                400, "METHOD_UNKNOWN", "method");
        assertProblem(api.postRaw(PAYMENTS, s.token(),
                "{\"method\":\"CASH\",\"amount\":\"10.00\",\"saleId\":\"" + saleId + "\",\"tip\":\"5.00\"}"),
                400, "UNKNOWN_FIELD", "tip");
        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "CASH", "amount", "10.00")), 400,
                "CUSTOMER_REQUIRED", "customerId");
        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "CASH", "amount", "10.00",
                "saleId", "0193b1d0-0000-7000-8000-000000000001")), 400, "SALE_NOT_FOUND", "saleId");
        assertProblem(api.post(PAYMENTS, s.token(), Map.of("method", "UPI", "amount", "10.00", "saleId", saleId,
                "status", "SUCCEEDED")), 400, "UTR_REQUIRED", "upi.utr");
        assertProblem(api.get(PAYMENTS + "?method=CHEQUE", s.token()), 400, "METHOD_UNKNOWN", "method");
        assertProblem(api.get(PAYMENTS + "?from=yesterday", s.token()), 400, "DATE_INVALID", "from");

        assertThat(listedPaymentIds(s.token(), "")).as("nothing written").isEmpty();
        assertThat(awaitSale(s.token(), saleId).path("due").asText()).isEqualTo("570.00");
    }
}
