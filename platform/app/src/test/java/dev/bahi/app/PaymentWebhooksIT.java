package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Payment providers' webhooks end to end: the owner sets the shop's secret for the generic provider, and signed
 * notifications confirm or fail pending payments, or record the payment of an open UPI request, exactly once.
 */
class PaymentWebhooksIT extends SalesEndToEndTest {
    static final String PAYMENTS = "/api/v1/payments";
    static final String PROVIDERS = "/api/v1/payments/providers";
    static final String WEBHOOK = "/api/v1/webhooks/payments/generic";

    private record Setup(Shop shop, String token, String atta, String meena, String secret) {
    }

    private Setup shopWithSecret(String name) {
        Shop shop = signUp(name);
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", "50000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = "whsec_" + UUID.randomUUID();
        Api.Response set = put(PROVIDERS + "/generic", token, Map.of("secret", secret));
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        return new Setup(shop, token, atta, created.text("id"), secret);
    }

    private String creditSale(Setup s) {
        Map<String, Object> sale = sale(List.of(line(s.atta(), "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", s.meena()));
        JsonNode sold = recordSale(s.token(), sale);
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        String saleId = sold.path("id").asText();
        awaitSale(s.token(), saleId);
        return saleId;
    }

    private String pendingUpi(Setup s, String saleId, String amount) {
        Api.Response paid = api.post(PAYMENTS, s.token(), PaymentsIT.upi(amount, saleId, null));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.text("status")).isEqualTo("PENDING");
        return paid.text("id");
    }

    private void awaitDue(String token, String saleId, String due) {
        awaitSale(token, saleId, sale -> sale.path("due").asText().equals(due));
    }

    private void awaitBalance(String token, String customerId, String balance) {
        await10().until(() -> api.get("/api/v1/customers/" + customerId, token).body().path("balance").asText(),
                balance::equals);
    }

    private String status(String token, String paymentId) {
        return api.get(PAYMENTS + "/" + paymentId, token).text("status");
    }

    static Map<String, Object> event(String tenantId, String type, String amount) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", "evt_" + UUID.randomUUID());
        event.put("merchantId", tenantId);
        event.put("type", type);
        event.put("amount", amount);
        return event;
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response put(String path, String token, Object body) {
        return api.put(path, token, body);
    }

    private Api.Response deliver(Map<String, Object> event, String secret) {
        byte[] body = json(event);
        return deliver(body, secret == null ? null : sign(secret, body));
    }

    /** Posts the bytes exactly as given, without a token, with the signature header when there is one. */
    private Api.Response deliver(byte[] body, String signature) {
        return api.postBytesWithHeader(WEBHOOK, "application/json", body, "X-Bahi-Signature", signature);
    }

    private static byte[] json(Object value) {
        try {
            return Api.JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertOutcome(Api.Response response, String status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("status")).as(response.toString()).isEqualTo(status);
    }

    @Test
    void a_signed_confirmation_settles_a_pending_payment_once_and_a_replay_is_a_duplicate() {
        Setup s = shopWithSecret("Webhook Kirana");
        String saleId = creditSale(s);
        String paymentId = pendingUpi(s, saleId, "200.00");

        Map<String, Object> succeeded = event(s.shop().tenantId(), "payment.succeeded", "200.00");
        succeeded.put("paymentId", paymentId);
        String utr = PaymentsIT.utr();
        succeeded.put("utr", utr);
        Api.Response applied = deliver(succeeded, s.secret());
        assertOutcome(applied, "APPLIED");
        assertThat(applied.text("paymentId")).isEqualTo(paymentId);
        Api.Response payment = api.get(PAYMENTS + "/" + paymentId, s.token());
        assertThat(payment.text("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.body().path("upi").path("utr").asText()).isEqualTo(utr);
        awaitDue(s.token(), saleId, "370.00");
        awaitBalance(s.token(), s.meena(), "370.00");
        int saleEvents = eventCount(saleId);
        int paymentEvents = eventCount(paymentId);

        Api.Response replay = deliver(succeeded, s.secret());
        assertOutcome(replay, "DUPLICATE");
        assertThat(eventCount(saleId)).as("nothing is applied twice").isEqualTo(saleEvents);
        assertThat(eventCount(paymentId)).isEqualTo(paymentEvents);
        assertThat(awaitSale(s.token(), saleId).path("due").asText()).isEqualTo("370.00");
        awaitBalance(s.token(), s.meena(), "370.00");

        String failing = pendingUpi(s, saleId, "50.00");
        Map<String, Object> failed = event(s.shop().tenantId(), "payment.failed", "50.00");
        failed.put("paymentId", failing);
        assertOutcome(deliver(failed, s.secret()), "APPLIED");
        assertThat(status(s.token(), failing)).isEqualTo("FAILED");
        assertThat(awaitSale(s.token(), saleId).path("due").asText()).isEqualTo("370.00");
    }

    @Test
    void a_bad_missing_or_unconfigured_signature_is_401_and_changes_nothing() {
        Setup s = shopWithSecret("Unsigned Kirana");
        String saleId = creditSale(s);
        String paymentId = pendingUpi(s, saleId, "200.00");
        int paymentEvents = eventCount(paymentId);

        Map<String, Object> succeeded = event(s.shop().tenantId(), "payment.succeeded", "200.00");
        succeeded.put("paymentId", paymentId);
        succeeded.put("utr", PaymentsIT.utr());
        byte[] body = json(succeeded);
        assertProblem(deliver(body, sign("not the shop's secret at all", body)), 401, "SIGNATURE_INVALID");
        assertProblem(deliver(body, null), 401, "SIGNATURE_INVALID");
        byte[] tampered = json(Map.of("eventId", succeeded.get("eventId"), "merchantId", s.shop().tenantId(),
                "type", "payment.succeeded", "paymentId", paymentId, "amount", "1.00"));
        assertProblem(deliver(tampered, sign(s.secret(), body)), 401, "SIGNATURE_INVALID");

        Shop unconfigured = signUp("No Secret Kirana");
        Map<String, Object> elsewhere = event(unconfigured.tenantId(), "payment.succeeded", "1.00");
        elsewhere.put("paymentId", paymentId);
        assertProblem(deliver(elsewhere, s.secret()), 401, "SIGNATURE_INVALID");

        Map<String, Object> otherSum = event(s.shop().tenantId(), "payment.succeeded", "1.00");
        otherSum.put("paymentId", paymentId);
        otherSum.put("utr", PaymentsIT.utr());
        Api.Response ignored = deliver(otherSum, s.secret());
        assertThat(ignored.status()).as("a confirmation of another sum confirms nothing").isEqualTo(200);
        assertThat(ignored.text("status")).isEqualTo("IGNORED");

        assertThat(status(s.token(), paymentId)).isEqualTo("PENDING");
        assertThat(eventCount(paymentId)).isEqualTo(paymentEvents);
        assertThat(awaitSale(s.token(), saleId).path("due").asText()).isEqualTo("570.00");

        assertOutcome(deliver(succeeded, s.secret()), "APPLIED");
        assertThat(status(s.token(), paymentId)).as("a rejected delivery is not remembered").isEqualTo("SUCCEEDED");

        assertProblem(deliver("{not json".getBytes(StandardCharsets.UTF_8), sign(s.secret(),
                "{not json".getBytes(StandardCharsets.UTF_8))), 400, "PAYLOAD_INVALID");
        Api.Response unknown = api.postRaw("/api/v1/webhooks/payments/razorpay", null, "{}");
        assertProblem(unknown, 404, "PROVIDER_UNKNOWN");
    }

    @Test
    void a_signed_event_naming_another_shops_payment_is_ignored() {
        Setup mine = shopWithSecret("Mine Kirana");
        Setup theirs = shopWithSecret("Theirs Kirana");
        String theirSale = creditSale(theirs);
        String theirPayment = pendingUpi(theirs, theirSale, "100.00");

        Map<String, Object> event = event(mine.shop().tenantId(), "payment.succeeded", "100.00");
        event.put("paymentId", theirPayment);
        event.put("utr", PaymentsIT.utr());
        assertOutcome(deliver(event, mine.secret()), "IGNORED");
        Map<String, Object> nobody = event(mine.shop().tenantId(), "payment.succeeded", "100.00");
        nobody.put("reference", "BAHI000000000000");
        assertOutcome(deliver(nobody, mine.secret()), "IGNORED");
        assertThat(status(theirs.token(), theirPayment)).isEqualTo("PENDING");
        assertThat(awaitSale(theirs.token(), theirSale).path("due").asText()).isEqualTo("570.00");
    }

    @Test
    void a_signed_confirmation_by_upi_request_reference_records_the_payment_and_settles_the_khata() {
        Setup s = shopWithSecret("Reference Kirana");
        String saleId = creditSale(s);
        awaitBalance(s.token(), s.meena(), "570.00");
        Api.Response opened = api.post(PAYMENTS + "/upi-requests", s.token(), Map.of("saleId", saleId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String reference = opened.text("reference");

        Map<String, Object> succeeded = event(s.shop().tenantId(), "payment.succeeded", "570.00");
        succeeded.put("reference", reference);
        String utr = PaymentsIT.utr();
        succeeded.put("utr", utr);
        succeeded.put("payerVpa", "meena@okaxis");
        await10().until(() -> {
            Api.Response r = deliver(succeeded, s.secret());
            return r.status() == 200 && "APPLIED".equals(r.text("status"));
        });
        Api.Response replay = deliver(succeeded, s.secret());
        assertOutcome(replay, "DUPLICATE");

        Api.Response listed = api.get(PAYMENTS + "?status=SUCCEEDED&method=UPI", s.token());
        List<String> utrs = texts(listed.body().path("payments"), "id").stream()
                .map(id -> api.get(PAYMENTS + "/" + id, s.token()).body().path("upi").path("utr").asText())
                .toList();
        assertThat(utrs).containsExactly(utr);
        awaitDue(s.token(), saleId, "0.00");
        awaitBalance(s.token(), s.meena(), "0.00");
    }

    @Test
    void only_the_owner_sets_secrets_and_the_list_never_shows_them() {
        Setup s = shopWithSecret("Secret Kirana");
        String cashier = addUser(s.shop(), "CASHIER", uniquePhone());
        assertProblem(put(PROVIDERS + "/generic", cashier, Map.of("secret", "cashier secret 12345")),
                403, "FORBIDDEN");
        assertProblem(api.get(PROVIDERS, cashier), 403, "FORBIDDEN");
        assertProblem(put(PROVIDERS + "/generic", s.token(), Map.of("secret", "short")), 400,
                "SECRET_INVALID", "secret");
        assertProblem(put(PROVIDERS + "/nosuchpay", s.token(), Map.of("secret", "long enough secret")),
                404, "PROVIDER_UNKNOWN");

        Api.Response listed = api.get(PROVIDERS, s.token());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body().size()).isEqualTo(1);
        assertThat(listed.body().get(0).path("provider").asText()).isEqualTo("generic");
        assertThat(listed.body().get(0).path("configuredAt").asText()).isNotBlank();
        assertThat(listed.raw().body()).doesNotContain(s.secret()).doesNotContain("secret");
        assertThat(api.get(PROVIDERS, signUp("Other Kirana").accessToken()).body().size()).isZero();
    }
}
