package dev.bahi.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.bahi.notifications.adapter.in.schedule.DailySummaryJob;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages through real providers' wire formats: WhatsApp Cloud API and a DLT SMS API played by WireMock, e-mail by
 * GreenMail, each on a local port. Exact request bodies and headers are asserted; outages, timeouts and permanent
 * errors show their retries; the delivery webhook is checked with valid, invalid and replayed signatures; and a
 * replay of every projection sends nothing. Its own application context (the providers are configured here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT extends SalesEndToEndTest {
    static final String TOKEN = "test-access-token";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String APP_SECRET = "whatsapp-app-secret";
    static final String VERIFY_TOKEN = "bahi-verify-token";
    static final String SMS_KEY = "sms-api-key";
    static final String SENDER = "BAHIIN";
    static final String ENTITY = "1101456789012345678";
    static final String REMINDER_DLT = "1107161234567890123";
    static final String PUBLIC_URL = "https://bahi.example";
    static final String WHATSAPP_PATH = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    static final String NOTIFICATIONS = "/api/v1/notifications";
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    static final WireMockServer PROVIDERS = new WireMockServer(wireMockConfig().dynamicPort());
    static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        PROVIDERS.start();
        MAIL.start();
        acceptEverything();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("bahi.notifications.whatsapp.base-url", () -> PROVIDERS.baseUrl() + "/v21.0");
        registry.add("bahi.notifications.whatsapp.access-token", () -> TOKEN);
        registry.add("bahi.notifications.whatsapp.phone-number-id", () -> PHONE_NUMBER_ID);
        registry.add("bahi.notifications.whatsapp.app-secret", () -> APP_SECRET);
        registry.add("bahi.notifications.whatsapp.verify-token", () -> VERIFY_TOKEN);
        registry.add("bahi.notifications.sms.base-url", () -> PROVIDERS.baseUrl() + "/sms");
        registry.add("bahi.notifications.sms.api-key", () -> SMS_KEY);
        registry.add("bahi.notifications.sms.sender-id", () -> SENDER);
        registry.add("bahi.notifications.sms.principal-entity-id", () -> ENTITY);
        registry.add("bahi.notifications.sms.dlt-templates.UDHAAR_REMINDER", () -> REMINDER_DLT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("bahi.notifications.email.from", () -> "bills@bahi.example");
        registry.add("bahi.notifications.dispatch.interval", () -> "PT0.1S");
        registry.add("bahi.notifications.retry.initial-delay", () -> "PT0.2S");
        registry.add("bahi.notifications.retry.max-delay", () -> "PT1S");
        registry.add("bahi.notifications.retry.max-attempts", () -> "3");
        registry.add("bahi.notifications.http.read-timeout", () -> "PT3S");
        registry.add("bahi.public-url", () -> PUBLIC_URL);
        registry.add("bahi.data-dir", () -> "target/e2e-notifications");
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
        MAIL.stop();
    }

    @Autowired
    DailySummaryJob dailySummaries;

    @Autowired
    EventProcessingConfiguration processing;

    /** WhatsApp and SMS accept every message under a fresh id unless a test says otherwise for one recipient. */
    static void acceptEverything() {
        PROVIDERS.stubFor(post(urlEqualTo(WHATSAPP_PATH)).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"{{jsonPath request.body "
                        + "'$.to'}}\",\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":"
                        + "\"wamid.{{randomValue length=24 type='ALPHANUMERIC'}}\"}]}")
                .withTransformers("response-template")));
        PROVIDERS.stubFor(post(urlEqualTo("/sms/messages")).atPriority(10).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"sms-{{randomValue length=16 type='ALPHANUMERIC'}}\"}")
                .withTransformers("response-template")));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private record Sold(Shop shop, String token, String saleId, String phone) {
    }

    /** A shop, an item and a cash sale of it to a buyer with a phone. */
    private Sold saleToBuyer(String shopName) {
        Shop shop = signUp(shopName);
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "50");
        String phone = uniquePhone();
        Map<String, Object> sale = cashSale(atta, "2");
        sale.put("customer", Map.of("name", "Meena Patil", "phone", phone));
        String saleId = recordSale(token, sale).path("id").asText();
        awaitSale(token, saleId);
        return new Sold(shop, token, saleId, phone);
    }

    private JsonNode share(String token, String saleId, Map<String, Object> body) {
        Api.Response shared = api.post(SALES + "/" + saleId + "/share", token, body);
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.header("Location")).isEqualTo(NOTIFICATIONS + "/" + shared.text("id"));
        return shared.body();
    }

    private JsonNode awaitStatus(String token, String id, String status) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            seen[0] = api.get(NOTIFICATIONS + "/" + id, token).body();
            return status.equals(seen[0].path("status").asText());
        });
        return seen[0];
    }

    private JsonNode awaitOne(String token, String query) {
        return awaitMatching(token, query, n -> true);
    }

    /** The one message of the list that matches, once the list has it. */
    private JsonNode awaitMatching(String token, String query, java.util.function.Predicate<JsonNode> matches) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<JsonNode> found = new ArrayList<>();
            api.get(NOTIFICATIONS + query, token).body().path("items").forEach(n -> {
                if (matches.test(n)) {
                    found.add(n);
                }
            });
            seen[0] = found.size() == 1 ? found.get(0) : null;
            return seen[0] != null;
        });
        return seen[0];
    }

    private static List<String> statuses(JsonNode notification) {
        List<String> statuses = new ArrayList<>();
        notification.path("history").forEach(h -> statuses.add(h.path("status").asText()));
        return statuses;
    }

    private static String digits(String e164) {
        return e164.substring(1);
    }

    private static int requestsTo(String to) {
        return PROVIDERS.findAll(postRequestedFor(urlEqualTo(WHATSAPP_PATH))
                .withRequestBody(matchingJsonPath("$.to", equalTo(to)))).size();
    }

    private static String textOf(BodyPart part) throws Exception {
        Object content = part.getContent();
        return content instanceof MimeMultipart multipart ? textOf(multipart.getBodyPart(0)) : content.toString();
    }

    static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private Api.Response webhook(String body, String signature) {
        return api.postBytesWithHeader("/api/v1/webhooks/whatsapp", "application/json",
                body.getBytes(StandardCharsets.UTF_8), "X-Hub-Signature-256", signature);
    }

    static String statusPayload(String wamid, String status, String errorCode) {
        ObjectNode root = Api.JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "WABA-1").putArray("changes").addObject()
                .put("field", "messages").putObject("value").put("messaging_product", "whatsapp");
        ObjectNode s = value.putArray("statuses").addObject().put("id", wamid).put("status", status)
                .put("timestamp", "1760424000").put("recipient_id", "919876543210");
        if (errorCode != null) {
            s.putArray("errors").addObject().put("code", Integer.parseInt(errorCode)).put("title", "Re-engagement "
                    + "message").putObject("error_data").put("details", "more than 24 hours since the customer "
                    + "last replied");
        }
        return root.toString();
    }

    // ---- WhatsApp ---------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void an_invoice_shared_on_whatsapp_is_the_approved_template_with_the_pdf_as_its_document() throws Exception {
        Sold sold = saleToBuyer("Patil Kirana");
        assertThat(issueInvoice(sold.token(), sold.saleId()).status()).isEqualTo(201);
        JsonNode invoice = invoice(sold.token(), sold.saleId());

        JsonNode message = share(sold.token(), sold.saleId(), Map.of("channel", "WHATSAPP"));
        assertThat(message.path("kind").asText()).isEqualTo("INVOICE");
        assertThat(message.path("to").asText()).isEqualTo(sold.phone());
        JsonNode sent = awaitStatus(sold.token(), message.path("id").asText(), "SENT");
        assertThat(statuses(sent)).containsExactly("PENDING", "SENDING", "SENT");
        assertThat(sent.path("providerMessageId").asText()).startsWith("wamid.");

        String link = sent.path("document").path("link").asText();
        assertThat(link).startsWith(PUBLIC_URL + "/api/v1/shared/invoices/" + sold.shop().tenantId() + "/"
                + sold.saleId() + ".pdf?layout=A4&expires=");
        String number = invoice.path("invoiceNumber").asText();
        String expected = """
                {"messaging_product":"whatsapp","to":"%s","type":"template",
                 "template":{"name":"bahi_invoice","language":{"code":"en"},"components":[
                  {"type":"header","parameters":[{"type":"document","document":{"link":"%s","filename":"%s"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"Meena Patil"},{"type":"text","text":"tax invoice"},
                   {"type":"text","text":"%s"},{"type":"text","text":"570.00"},{"type":"text","text":"0.00"},
                   {"type":"text","text":"Patil Kirana"},{"type":"text","text":"%s"}]}]}}"""
                .formatted(digits(sold.phone()), link, number.replace('/', '-') + ".pdf", number, link);
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo(WHATSAPP_PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(expected)));
        // The link WhatsApp fetches works without a token.
        Binary pdf = getPdf(link.substring(PUBLIC_URL.length()), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(2)
    void delivery_statuses_arrive_by_signed_webhook_once_however_often_they_are_replayed() throws Exception {
        Sold sold = saleToBuyer("Status Stores");
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        String wamid = awaitStatus(sold.token(), id, "SENT").path("providerMessageId").asText();

        String delivered = statusPayload(wamid, "delivered", null);
        Api.Response first = webhook(delivered, sign(delivered));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("applied").asInt()).isEqualTo(1);
        awaitStatus(sold.token(), id, "DELIVERED");

        String read = statusPayload(wamid, "read", null);
        assertThat(webhook(read, sign(read)).status()).isEqualTo(200);
        JsonNode seen = awaitStatus(sold.token(), id, "READ");
        assertThat(statuses(seen)).containsExactly("PENDING", "SENDING", "SENT", "DELIVERED", "READ");

        // Replayed (same body, same signature) and late (delivered after read): nothing changes.
        assertThat(webhook(delivered, sign(delivered)).status()).isEqualTo(200);
        assertThat(webhook(read, sign(read)).status()).isEqualTo(200);
        // A signed report for another message id proves the replays above were handled before it.
        String unknown = statusPayload("wamid.NOT-OURS", "delivered", null);
        assertThat(webhook(unknown, sign(unknown)).body().path("applied").asInt()).isZero();
        assertThat(statuses(api.get(NOTIFICATIONS + "/" + id, sold.token()).body()))
                .containsExactly("PENDING", "SENDING", "SENT", "DELIVERED", "READ");

        // Wrong, missing or tampered signatures change nothing and are refused.
        String failed = statusPayload(wamid, "failed", "131047");
        assertProblem(webhook(failed, "sha256=" + "0".repeat(64)), 401, "SIGNATURE_INVALID");
        assertProblem(webhook(failed, null), 401, "SIGNATURE_INVALID");
        assertProblem(webhook(failed.replace("failed", "read"), sign(failed)), 401, "SIGNATURE_INVALID");
        assertThat(api.get(NOTIFICATIONS + "/" + id, sold.token()).text("status")).isEqualTo("READ");
        // A signed body that is not JSON is bad input, after the signature.
        assertProblem(webhook("not json", sign("not json")), 400, "PAYLOAD_INVALID");
    }

    @Test
    @Order(3)
    void a_failure_reported_after_sending_carries_the_providers_error() throws Exception {
        Sold sold = saleToBuyer("Failure Stores");
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        String wamid = awaitStatus(sold.token(), id, "SENT").path("providerMessageId").asText();
        String failed = statusPayload(wamid, "failed", "131047");
        assertThat(webhook(failed, sign(failed)).status()).isEqualTo(200);
        JsonNode seen = awaitStatus(sold.token(), id, "FAILED");
        assertThat(seen.path("error").path("code").asText()).isEqualTo("WHATSAPP_131047");
        assertThat(seen.path("error").path("reason").asText()).contains("24 hours");
    }

    @Test
    @Order(4)
    void the_webhook_handshake_answers_only_the_configured_verify_token() {
        Api.Response ok = api.getText("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.raw().body()).isEqualTo("1158201444");
        assertThat(api.getText("/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess"
                + "&hub.challenge=1").status()).isEqualTo(403);
        assertThat(api.getText("/api/v1/webhooks/whatsapp?hub.mode=unsubscribe&hub.verify_token=" + VERIFY_TOKEN
                + "&hub.challenge=1").status()).isEqualTo(403);
    }

    // ---- outages -----------------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void an_outage_is_retried_with_a_growing_wait_and_then_fails_for_good() {
        Sold sold = saleToBuyer("Outage Stores");
        String to = digits(sold.phone());
        PROVIDERS.stubFor(post(urlEqualTo(WHATSAPP_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo(to)))
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"Service "
                        + "temporarily unavailable\",\"code\":2}}")));
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        JsonNode failed = awaitStatus(sold.token(), id, "FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        // Meta's code 2: "API service temporarily unavailable".
        assertThat(failed.path("error").path("code").asText()).isEqualTo("WHATSAPP_2");
        assertThat(statuses(failed)).containsExactly("PENDING", "SENDING", "PENDING", "SENDING", "PENDING", "SENDING",
                "FAILED");
        assertThat(requestsTo(to)).isEqualTo(3);
        // The waits grow: the second retry was scheduled twice as far out as the first.
        List<JsonNode> retries = new ArrayList<>();
        failed.path("history").forEach(h -> {
            if (h.path("status").asText().equals("PENDING") && h.path("attempt").isInt()) {
                retries.add(h);
            }
        });
        assertThat(retries).hasSize(2);
        assertThat(retries.get(0).path("detail").asText()).contains("next attempt at");
    }

    @Test
    @Order(6)
    void a_provider_too_slow_to_answer_is_tried_again_and_the_second_attempt_gets_through() {
        Sold sold = saleToBuyer("Slow Network Stores");
        String to = digits(sold.phone());
        PROVIDERS.stubFor(post(urlEqualTo(WHATSAPP_PATH)).atPriority(1).inScenario("slow-" + to)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .withRequestBody(matchingJsonPath("$.to", equalTo(to)))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withBody("{\"messages\":[{\"id\":"
                        + "\"wamid.TOO-LATE\"}]}")));
        PROVIDERS.stubFor(post(urlEqualTo(WHATSAPP_PATH)).atPriority(1).inScenario("slow-" + to)
                .whenScenarioStateIs("recovered")
                .withRequestBody(matchingJsonPath("$.to", equalTo(to)))
                .willReturn(aResponse().withStatus(200).withBody("{\"messages\":[{\"id\":\"wamid.SECOND\"}]}")));
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        JsonNode sent = awaitStatus(sold.token(), id, "SENT");
        assertThat(sent.path("providerMessageId").asText()).isEqualTo("wamid.SECOND");
        assertThat(sent.path("attempts").asInt()).isEqualTo(2);
        assertThat(statuses(sent)).containsExactly("PENDING", "SENDING", "PENDING", "SENDING", "SENT");
        assertThat(sent.path("history").get(2).path("detail").asText()).startsWith("WHATSAPP_TIMEOUT");
    }

    @Test
    @Order(7)
    void a_permanent_error_is_not_retried() {
        Sold sold = saleToBuyer("Wrong Number Stores");
        String to = digits(sold.phone());
        PROVIDERS.stubFor(post(urlEqualTo(WHATSAPP_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo(to)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Message Undeliverable.\",\"type\":\"OAuthException\","
                                + "\"code\":131026,\"fbtrace_id\":\"AbCdEf\"}}")));
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        JsonNode failed = awaitStatus(sold.token(), id, "FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(failed.path("error").path("code").asText()).isEqualTo("WHATSAPP_131026");
        assertThat(failed.path("error").path("reason").asText()).isEqualTo("Message Undeliverable.");
        assertThat(requestsTo(to)).isEqualTo(1);
    }

    // ---- SMS and e-mail ----------------------------------------------------------------------------------------------

    @Test
    @Order(8)
    void an_udhaar_reminder_by_sms_carries_the_dlt_template_the_header_and_the_principal_entity() {
        Shop shop = signUp("Khata Stores");
        String token = shop.accessToken();
        String phone = uniquePhone();
        Api.Response customer = api.post("/api/v1/customers", token, Map.of("name", "Suresh Rao", "phone", phone,
                "openingBalance", "1250.00"));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        String customerId = customer.text("id");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/customers/" + customerId, token).text("balance"), "1250.00"::equals);
        Api.Response reminded = api.post("/api/v1/customers/" + customerId + "/reminders", token,
                Map.of("channel", "SMS"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        String upiLink = reminded.text("upiLink");

        JsonNode message = awaitOne(token, "?kind=UDHAAR_REMINDER");
        JsonNode sent = awaitStatus(token, message.path("id").asText(), "SENT");
        String text = "Namaste Suresh Rao, a gentle reminder from Khata Stores: ₹1,250.00 is due on your khata. "
                + "Pay by UPI: " + upiLink;
        assertThat(sent.path("text").asText()).isEqualTo(text);
        assertThat(sent.path("dltTemplateId").asText()).isEqualTo(REMINDER_DLT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sender", SENDER);
        body.put("to", digits(phone));
        body.put("text", text);
        body.put("dltTemplateId", REMINDER_DLT);
        body.put("principalEntityId", ENTITY);
        body.put("unicode", true);
        PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/sms/messages"))
                .withHeader("Authorization", equalTo("Bearer " + SMS_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(Api.JSON.valueToTree(body).toString())));
    }

    @Test
    @Order(9)
    void an_invoice_by_email_has_the_pdf_attached() throws Exception {
        Sold sold = saleToBuyer("Mail Order Stores");
        assertThat(issueInvoice(sold.token(), sold.saleId()).status()).isEqualTo(201);
        String number = invoice(sold.token(), sold.saleId()).path("invoiceNumber").asText();
        String address = "meena." + sold.saleId().substring(30) + "@example.com";
        String id = share(sold.token(), sold.saleId(), Map.of("channel", "EMAIL", "to", address, "language", "hi"))
                .path("id").asText();
        JsonNode sent = awaitStatus(sold.token(), id, "SENT");
        assertThat(sent.path("subject").asText()).isEqualTo("Mail Order Stores से tax invoice " + number);

        MimeMessage mail = List.of(MAIL.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(mail.getFrom()[0].toString()).isEqualTo("bills@bahi.example");
        assertThat(mail.getSubject()).isEqualTo(sent.path("subject").asText());
        assertThat(mail.getMessageID()).isEqualTo(sent.path("providerMessageId").asText());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(textOf(parts.getBodyPart(0))).startsWith("नमस्ते Meena Patil");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo(number.replace('/', '-') + ".pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        attachment.getDataHandler().writeTo(bytes);
        byte[] stored = getPdf(URI.create(sent.path("document").path("link").asText()).getRawPath() + "?"
                + URI.create(sent.path("document").path("link").asText()).getRawQuery(), null).bytes();
        assertThat(bytes.toByteArray()).isEqualTo(stored);
    }

    // ---- triggers -----------------------------------------------------------------------------------------------------

    @Test
    @Order(10)
    void the_owner_hears_of_low_stock_and_a_customer_gets_a_receipt_for_a_repayment() {
        Shop shop = signUp("Trigger Stores");
        String token = shop.accessToken();
        Map<String, Object> dal = atta("DAL-1KG");
        dal.put("minStock", "10");
        String item = createItem(token, dal);
        receive(token, item, "12");
        recordCashSale(token, item, "3");
        JsonNode alert = awaitMatching(token, "?kind=LOW_STOCK", n -> n.path("parameters").path(2).asText().equals("9"));
        assertThat(alert.path("to").asText()).isEqualTo("+919812345678");
        JsonNode sentAlert = awaitStatus(token, alert.path("id").asText(), "SENT");
        assertThat(sentAlert.path("whatsAppTemplate").asText()).isEqualTo("bahi_low_stock");
        assertThat(sentAlert.path("parameters").toString())
                .isEqualTo("[\"Aashirvaad Atta 5 kg\",\"DAL-1KG\",\"9\",\"10\",\"PCS\",\"Trigger Stores\"]");

        String phone = uniquePhone();
        String customerId = api.post("/api/v1/customers", token, Map.of("name", "Asha", "phone", phone,
                "openingBalance", "800.00")).text("id");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/customers/" + customerId, token).text("balance"), "800.00"::equals);
        Api.Response paid = api.post("/api/v1/payments", token, Map.of("method", "UPI", "amount", "300.00",
                "customerId", customerId, "upi", Map.of("utr", "431234567890", "payerVpa", "asha@okaxis")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode receipt = awaitOne(token, "?kind=PAYMENT_RECEIPT");
        assertThat(receipt.path("to").asText()).isEqualTo(phone);
        JsonNode sentReceipt = awaitStatus(token, receipt.path("id").asText(), "SENT");
        assertThat(sentReceipt.path("text").asText()).contains("₹300.00 by UPI").contains("431234567890");
        assertThat(requestsTo(digits(phone))).isEqualTo(1);
    }

    @Test
    @Order(11)
    void the_daily_summary_goes_to_the_owner_once_after_the_shops_summary_time() {
        Shop shop = signUp("Summary Stores");
        String token = shop.accessToken();
        String item = createItem(token, atta("ATTA-5KG"));
        receive(token, item, "20");
        recordCashSale(token, item, "2");
        LocalDate today = LocalDate.now(IST);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/reports/daily-summary?date="
                + today, token).body().path("collected").asText().equals("570.00"));

        assertThat(dailySummaries.runAt(today.atTime(20, 59).atZone(IST).toInstant())).isEmpty();
        List<String> asked = dailySummaries.runAt(today.atTime(21, 5).atZone(IST).toInstant());
        JsonNode summary = awaitOne(token, "?kind=DAILY_SUMMARY");
        assertThat(asked).contains(summary.path("id").asText());
        assertThat(summary.path("text").asText()).startsWith("Summary Stores on " + today + ": 1 sales, net ₹570.00. "
                + "Cash ₹570.00");
        awaitStatus(token, summary.path("id").asText(), "SENT");
        assertThat(dailySummaries.runAt(today.atTime(22, 0).atZone(IST).toInstant()))
                .doesNotContain(summary.path("id").asText());
        assertThat(api.get(NOTIFICATIONS + "?kind=DAILY_SUMMARY", token).body().path("items").size()).isEqualTo(1);
    }

    // ---- replay -------------------------------------------------------------------------------------------------------

    @Test
    @Order(100)
    void a_replay_of_every_projection_sends_nothing_and_rebuilds_the_same_messages() {
        Sold sold = saleToBuyer("Replay Stores");
        String id = share(sold.token(), sold.saleId(), Map.of()).path("id").asText();
        awaitStatus(sold.token(), id, "SENT");
        JsonNode before = api.get(NOTIFICATIONS + "?limit=200", sold.token()).body();
        int whatsApp = PROVIDERS.findAll(postRequestedFor(urlEqualTo(WHATSAPP_PATH))).size();
        int sms = PROVIDERS.findAll(postRequestedFor(urlEqualTo("/sms/messages"))).size();
        int mails = MAIL.getReceivedMessages().length;

        // The triggers cannot even be reset: all their handlers refuse replays.
        assertThat(processing.eventProcessor("notifications.triggers", TrackingEventProcessor.class))
                .hasValueSatisfying(triggers -> assertThat(triggers.supportsReset()).isFalse());
        List<TrackingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::supportsReset).toList();
        assertThat(processors).extracting(TrackingEventProcessor::getName).contains("notifications.messages");
        for (TrackingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens(StreamableMessageSource::createTailToken);
            processor.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                processors.stream().noneMatch(TrackingEventProcessor::isReplaying));
        // A few dispatcher rounds over the rebuilt outbox.
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        assertThat(PROVIDERS.findAll(postRequestedFor(urlEqualTo(WHATSAPP_PATH)))).hasSize(whatsApp);
        assertThat(PROVIDERS.findAll(postRequestedFor(urlEqualTo("/sms/messages")))).hasSize(sms);
        assertThat(MAIL.getReceivedMessages()).hasSize(mails);
        assertThat(api.get(NOTIFICATIONS + "?limit=200", sold.token()).body()).isEqualTo(before);
        ArrayNode items = (ArrayNode) before.path("items");
        assertThat(items).isNotEmpty();
    }
}
