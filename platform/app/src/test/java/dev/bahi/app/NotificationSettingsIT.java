package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Notification settings, templates, consents and sharing a sale over real HTTP with real tokens. No messaging
 * provider is configured in the test application, so every message that gets as far as an attempt ends
 * SKIPPED_NOT_CONFIGURED (the dispatcher runs every second).
 */
class NotificationSettingsIT extends SalesEndToEndTest {
    static final String N = "/api/v1/notifications";
    static final String N_SETTINGS = N + "/settings";
    static final String TEMPLATES = N + "/templates";
    static final String CONSENTS = N + "/consents";
    static final String MEENA_TYPED = "98765 43210";
    static final String MEENA = "+919876543210";
    static final String HINDI_REMINDER = "नमस्ते {{customerName}}, {{shopName}} में आपका ₹{{balance}} बकाया है। "
            + "UPI: {{upiLink}}";
    static final String DLT_ID = "1107161234567890123";
    static final List<String> KINDS = List.of("INVOICE", "RECEIPT", "UDHAAR_REMINDER", "PAYMENT_RECEIPT",
            "LOW_STOCK", "DAILY_SUMMARY");


    // ---- helpers ----------------------------------------------------------------------------------------------------

    private Api.Response put(String path, String token, Object body) {
        return api.put(path, token, body);
    }

    private Api.Response delete(String path, String token) {
        return api.delete(path, token);
    }

    private JsonNode settings(String token) {
        Api.Response settings = api.get(N_SETTINGS, token);
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        return settings.body();
    }

    private JsonNode patchSettings(String token, Map<String, Object> change) {
        Api.Response changed = api.patch(N_SETTINGS, token, change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return changed.body();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode consents(String token, String to) {
        Api.Response found = api.get(CONSENTS + "?to=" + encoded(to), token);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.body();
    }

    private JsonNode template(String token, String kind, String language) {
        Api.Response template = api.get(TEMPLATES + "/" + kind + "/" + language, token);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        return template.body();
    }

    /** A cash sale of two atta packs (₹570.00) to Meena Patil at {@code phone} (no customer when null). */
    private String saleTo(Shop shop, String phone) {
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-" + UUID.randomUUID().toString().substring(0, 8)));
        receive(token, atta, "20");
        Map<String, Object> sale = cashSale(atta, "2");
        if (phone != null) {
            sale.put("customer", Map.of("name", "Meena Patil", "phone", phone));
        }
        String id = recordSale(token, sale).path("id").asText();
        awaitSale(token, id);
        return id;
    }

    private Api.Response share(String token, String saleId, Object request) {
        return api.post(SALES + "/" + saleId + "/share", token, request);
    }

    private JsonNode notification(String token, String id) {
        Api.Response found = api.get(N + "/" + id, token);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.body();
    }

    /** The message once {@code settled} holds, polled for up to 20 s. */
    private JsonNode awaitNotification(String token, String id, Predicate<JsonNode> settled) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> notification(token, id), settled);
    }

    private JsonNode awaitStatus(String token, String id, String status) {
        JsonNode message = awaitNotification(token, id, n -> {
            String s = n.path("status").asText();
            return !s.equals("PENDING") && !s.equals("SENDING");
        });
        assertThat(message.path("status").asText()).as(message.toString()).isEqualTo(status);
        return message;
    }

    private static List<String> history(JsonNode message) {
        return texts(message.path("history"), "status");
    }

    private JsonNode list(String token, String query) {
        Api.Response page = api.get(N + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body();
    }

    // ---- settings ---------------------------------------------------------------------------------------------------

    @Test
    void a_new_shop_has_default_settings_english_whatsapp_everywhere_and_a_summary_at_nine() {
        Shop shop = signUp("Default Settings Kirana");
        JsonNode s = settings(shop.accessToken());

        assertThat(s.path("language").asText()).isEqualTo("en");
        for (String kind : List.of("INVOICE", "RECEIPT", "UDHAAR_REMINDER", "PAYMENT_RECEIPT", "LOW_STOCK",
                "DAILY_SUMMARY")) {
            assertThat(s.path("channels").path(kind).asText()).as(kind + " in " + s).isEqualTo("WHATSAPP");
        }
        assertThat(s.path("channels").size()).isEqualTo(KINDS.size());
        assertThat(s.path("dailySummaryAt").asText()).isEqualTo("21:00");
        assertThat(s.path("quietHours").isMissingNode() || s.path("quietHours").isNull()).as(s.toString()).isTrue();
        assertThat(s.path("ownerPhone").isMissingNode()).as(s.toString()).isTrue();
        assertThat(s.path("invoiceMessages").asBoolean()).isFalse();
        assertThat(s.path("paymentReceipts").asBoolean()).isTrue();
        assertThat(s.path("lowStockAlerts").asBoolean()).isTrue();
        assertThat(s.path("dailySummary").asBoolean()).isTrue();
        assertThat(s.path("whatsAppOptInRequired").asBoolean()).isFalse();
        JsonNode configured = s.path("channelsConfigured");
        assertThat(configured.size()).as(s.toString()).isEqualTo(3);
        for (String channel : List.of("WHATSAPP", "SMS", "EMAIL")) {
            assertThat(configured.path(channel).isBoolean()).as(channel + " in " + s).isTrue();
            assertThat(configured.path(channel).asBoolean()).as(channel + " in " + s).isFalse();
        }
    }

    @Test
    void the_owner_changes_settings_absent_fields_stay_empty_quiet_hours_turn_them_off_and_blank_phone_clears() {
        Shop shop = signUp("Changing Settings Kirana");
        String token = shop.accessToken();

        JsonNode changed = patchSettings(token, body("language", "hi",
                "channels", Map.of("DAILY_SUMMARY", "EMAIL", "RECEIPT", "SMS"),
                "quietHours", Map.of("start", "21:00", "end", "08:00"),
                "dailySummaryAt", "21:30",
                "ownerPhone", MEENA_TYPED));
        assertThat(changed.path("language").asText()).isEqualTo("hi");
        assertThat(changed.path("channels").path("DAILY_SUMMARY").asText()).isEqualTo("EMAIL");
        assertThat(changed.path("channels").path("RECEIPT").asText()).isEqualTo("SMS");
        assertThat(changed.path("channels").path("INVOICE").asText()).as("unnamed kinds stay").isEqualTo("WHATSAPP");
        assertThat(changed.path("quietHours").path("start").asText()).isEqualTo("21:00");
        assertThat(changed.path("quietHours").path("end").asText()).isEqualTo("08:00");
        assertThat(changed.path("dailySummaryAt").asText()).isEqualTo("21:30");
        assertThat(changed.path("ownerPhone").asText()).as("normalised to E.164").isEqualTo(MEENA);
        assertThat(changed.path("changedAt").asText()).isNotBlank();
        assertThat(settings(token)).as("GET answers what PATCH answered").isEqualTo(changed);

        // absent fields stay
        JsonNode onlyTime = patchSettings(token, body("dailySummaryAt", "20:15"));
        assertThat(onlyTime.path("dailySummaryAt").asText()).isEqualTo("20:15");
        assertThat(onlyTime.path("language").asText()).isEqualTo("hi");
        assertThat(onlyTime.path("channels")).isEqualTo(changed.path("channels"));
        assertThat(onlyTime.path("quietHours")).isEqualTo(changed.path("quietHours"));
        assertThat(onlyTime.path("ownerPhone").asText()).isEqualTo(MEENA);

        // {} turns quiet hours off
        JsonNode noQuiet = patchSettings(token, body("quietHours", Map.of()));
        assertThat(noQuiet.path("quietHours").isMissingNode() || noQuiet.path("quietHours").isNull())
                .as(noQuiet.toString()).isTrue();
        assertThat(noQuiet.path("ownerPhone").asText()).isEqualTo(MEENA);
        assertThat(noQuiet.path("dailySummaryAt").asText()).isEqualTo("20:15");

        // "" clears the owner's phone
        JsonNode noPhone = patchSettings(token, body("ownerPhone", ""));
        assertThat(noPhone.path("ownerPhone").isMissingNode() || noPhone.path("ownerPhone").isNull())
                .as(noPhone.toString()).isTrue();
        assertThat(noPhone.path("language").asText()).isEqualTo("hi");
        assertThat(settings(token)).isEqualTo(noPhone);
    }

    @Test
    void bad_settings_are_refused_with_a_code_and_a_field_and_change_nothing() {
        Shop shop = signUp("Bad Settings Kirana");
        String token = shop.accessToken();
        patchSettings(token, body("language", "hi", "dailySummaryAt", "22:00"));
        JsonNode before = settings(token);

        assertProblem(api.patch(N_SETTINGS, token, body("language", "xx")), 400, "LANGUAGE_UNSUPPORTED",
                "language");
        assertProblem(api.patch(N_SETTINGS, token, body("quietHours", Map.of("start", "25:00", "end", "08:00"))),
                400, "QUIET_HOURS_INVALID", "quietHours.start");
        assertProblem(api.patch(N_SETTINGS, token, body("dailySummaryAt", "9pm")), 400,
                "DAILY_SUMMARY_TIME_INVALID", "dailySummaryAt");
        assertProblem(api.patch(N_SETTINGS, token, body("ownerPhone", "12345")), 400, "PHONE_INVALID",
                "ownerPhone");
        Api.Response pigeon = api.patch(N_SETTINGS, token, body("channels", Map.of("RECEIPT", "PIGEON")));
        assertProblem(pigeon, 400, "INVALID_VALUE");
        assertThat(pigeon.text("field")).as(pigeon.toString()).startsWith("channels");
        assertProblem(api.patch(N_SETTINGS, token, body("language", "en", "volume", "loud")), 400, "UNKNOWN_FIELD",
                "volume");

        assertThat(settings(token)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void only_an_owner_or_manager_changes_settings_and_templates() {
        Shop shop = signUp("Roles Settings Kirana");
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        String accountant = addUser(shop, "ACCOUNTANT", uniquePhone());
        String manager = addUser(shop, "MANAGER", uniquePhone());
        JsonNode before = settings(shop.accessToken());

        for (String token : List.of(cashier, accountant)) {
            assertProblem(api.patch(N_SETTINGS, token, body("language", "hi")), 403, "FORBIDDEN");
            assertProblem(put(TEMPLATES + "/udhaar-reminder/hi", token, body("body", HINDI_REMINDER)), 403,
                    "FORBIDDEN");
            assertProblem(delete(TEMPLATES + "/udhaar-reminder/hi", token), 403, "FORBIDDEN");
            assertThat(settings(token)).as("everyone in the shop reads the settings").isEqualTo(before);
        }
        assertThat(settings(shop.accessToken())).isEqualTo(before);
        assertThat(template(shop.accessToken(), "UDHAAR_REMINDER", "hi").path("custom").asBoolean()).isFalse();

        assertThat(patchSettings(manager, body("language", "hi")).path("language").asText()).isEqualTo("hi");

        // at the counter a cashier records consents; an accountant neither records them nor shares sales
        assertThat(api.post(CONSENTS, cashier, body("channel", "SMS", "to", MEENA, "optedIn", true)).status())
                .isEqualTo(200);
        assertProblem(api.post(CONSENTS, accountant, body("channel", "SMS", "to", MEENA, "optedIn", false)), 403,
                "FORBIDDEN");
        assertProblem(share(accountant, UUID.randomUUID().toString(), body("to", MEENA)), 403, "FORBIDDEN");
        assertThat(consents(accountant, MEENA).get(0).path("optedIn").asBoolean()).isTrue();
    }

    // ---- templates --------------------------------------------------------------------------------------------------

    @Test
    void templates_list_every_kind_in_english_and_hindi_and_a_shop_writes_previews_and_resets_its_own() {
        Shop shop = signUp("Template Kirana");
        String token = shop.accessToken();

        Api.Response all = api.get(TEMPLATES, token);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.body().size()).as(all.toString()).isEqualTo(KINDS.size() * 2);
        for (String kind : KINDS) {
            for (String language : List.of("en", "hi")) {
                List<JsonNode> matching = new java.util.ArrayList<>();
                all.body().forEach(t -> {
                    if (t.path("kind").asText().equals(kind) && t.path("language").asText().equals(language)) {
                        matching.add(t);
                    }
                });
                assertThat(matching).as(kind + "/" + language).hasSize(1);
                assertThat(matching.get(0).path("custom").asBoolean()).isFalse();
                assertThat(matching.get(0).path("template").path("body").asText()).isNotBlank();
                assertThat(matching.get(0).path("variables").size()).isPositive();
            }
        }
        JsonNode standard = template(token, "UDHAAR_REMINDER", "hi");
        assertThat(standard.path("custom").asBoolean()).isFalse();
        assertThat(standard.path("variables").size()).isEqualTo(5);

        // the shop's own, in Hindi
        Api.Response saved = put(TEMPLATES + "/udhaar-reminder/hi", token, body("body", HINDI_REMINDER,
                "whatsAppTemplate", "udhaar_yaad_hi", "dltTemplateId", DLT_ID));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.text("kind")).isEqualTo("UDHAAR_REMINDER");
        assertThat(saved.text("language")).isEqualTo("hi");
        assertThat(saved.body().path("custom").asBoolean()).isTrue();
        assertThat(saved.body().path("template").path("body").asText()).isEqualTo(HINDI_REMINDER);
        assertThat(saved.body().path("template").path("whatsAppTemplate").asText()).isEqualTo("udhaar_yaad_hi");
        assertThat(saved.body().path("template").path("dltTemplateId").asText()).isEqualTo(DLT_ID);
        List<String> variables = new java.util.ArrayList<>();
        saved.body().path("variables").forEach(v -> variables.add(v.asText()));
        assertThat(variables).containsExactly("customerName", "balance", "shopName", "upiLink", "note");

        assertThat(template(token, "UDHAAR_REMINDER", "hi")).isEqualTo(saved.body());
        assertThat(template(token, "udhaar-reminder", "hi")).isEqualTo(saved.body());
        assertThat(template(token, "UDHAAR_REMINDER", "en").path("custom").asBoolean()).as("English stays Bahi's")
                .isFalse();
        JsonNode listed = api.get(TEMPLATES, token).body();
        listed.forEach(t -> assertThat(t.path("custom").asBoolean())
                .as(t.toString()).isEqualTo(t.path("kind").asText().equals("UDHAAR_REMINDER")
                        && t.path("language").asText().equals("hi")));

        // preview: Meena given, samples for the rest, parameters in the documented order
        Api.Response preview = api.post(TEMPLATES + "/UDHAAR_REMINDER/hi/preview", token,
                body("values", Map.of("customerName", "Meena")));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode p = preview.body();
        List<String> parameters = new java.util.ArrayList<>();
        p.path("parameters").forEach(v -> parameters.add(v.asText()));
        assertThat(parameters).as(p.toString()).hasSize(5);
        assertThat(parameters.get(0)).isEqualTo("Meena");
        String balance = p.path("values").path("balance").asText();
        String shopName = p.path("values").path("shopName").asText();
        String upiLink = p.path("values").path("upiLink").asText();
        assertThat(balance).isNotBlank();
        assertThat(shopName).isNotBlank();
        assertThat(upiLink).startsWith("upi://");
        assertThat(parameters).containsExactly("Meena", balance, shopName, upiLink, "-");
        assertThat(p.path("text").asText()).isEqualTo("नमस्ते Meena, " + shopName + " में आपका ₹" + balance
                + " बकाया है। UPI: " + upiLink);
        assertThat(p.path("whatsAppTemplate").asText()).isEqualTo("udhaar_yaad_hi");
        assertThat(p.path("dltTemplateId").asText()).isEqualTo(DLT_ID);
        assertThat(p.path("values").path("customerName").asText()).isEqualTo("Meena");

        // preview of a draft, not saved
        Api.Response draft = api.post(TEMPLATES + "/udhaar-reminder/hi/preview", token, body(
                "template", Map.of("body", "{{customerName}} ji, ₹{{balance}} baaki hai"),
                "values", Map.of("balance", "99.00")));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.text("text")).as(draft.toString())
                .isEqualTo(draft.body().path("values").path("customerName").asText() + " ji, ₹99.00 baaki hai");
        assertThat(draft.body().path("values").path("customerName").asText()).isNotBlank();
        assertThat(draft.text("whatsAppTemplate")).as("a draft without a name uses Bahi's")
                .isEqualTo("bahi_udhaar_reminder");
        assertThat(template(token, "UDHAAR_REMINDER", "hi")).as("a preview saves nothing").isEqualTo(saved.body());

        // reset to Bahi's
        Api.Response reset = delete(TEMPLATES + "/udhaar-reminder/hi", token);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.body().path("custom").asBoolean()).isFalse();
        assertThat(reset.body()).isEqualTo(standard);
        assertThat(template(token, "UDHAAR_REMINDER", "hi")).isEqualTo(standard);
    }

    @Test
    void resetting_a_template_the_shop_never_wrote_answers_bahis() {
        Shop shop = signUp("Never Wrote Kirana");
        JsonNode standard = template(shop.accessToken(), "INVOICE", "en");
        Api.Response reset = delete(TEMPLATES + "/INVOICE/en", shop.accessToken());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.body()).isEqualTo(standard);
    }

    @Test
    void bad_templates_are_refused_with_a_code_and_a_field() {
        Shop shop = signUp("Bad Template Kirana");
        String token = shop.accessToken();

        assertProblem(put(TEMPLATES + "/udhaar-reminder/hi", token,
                body("body", "नमस्ते {{customerName}}, GSTIN {{gstin}}")), 400, "TEMPLATE_VARIABLE_UNKNOWN", "body");
        assertProblem(put(TEMPLATES + "/carrier-pigeon/hi", token, body("body", HINDI_REMINDER)), 400,
                "KIND_UNKNOWN");
        assertProblem(api.get(TEMPLATES + "/carrier-pigeon/hi", token), 400, "KIND_UNKNOWN");
        assertProblem(put(TEMPLATES + "/udhaar-reminder/xx", token, body("body", HINDI_REMINDER)), 400,
                "LANGUAGE_UNSUPPORTED");
        assertProblem(api.get(TEMPLATES + "/udhaar-reminder/xx", token), 400, "LANGUAGE_UNSUPPORTED");
        assertProblem(put(TEMPLATES + "/udhaar-reminder/hi", token, body("body", HINDI_REMINDER,
                "dltTemplateId", "abc")), 400, "DLT_TEMPLATE_ID_INVALID", "dltTemplateId");
        assertProblem(api.post(TEMPLATES + "/udhaar-reminder/hi/preview", token,
                body("values", Map.of("gstin", "27AAPFU0939F1ZV"))), 400, "TEMPLATE_VARIABLE_UNKNOWN",
                "values.gstin");
        assertProblem(api.post(TEMPLATES + "/udhaar-reminder/hi/preview", token,
                body("template", Map.of("body", "{{gstin}}"))), 400, "TEMPLATE_VARIABLE_UNKNOWN", "body");

        assertThat(template(token, "UDHAAR_REMINDER", "hi").path("custom").asBoolean()).as("nothing saved")
                .isFalse();
    }

    // ---- consents ---------------------------------------------------------------------------------------------------

    @Test
    void an_opt_out_is_recorded_listed_and_a_sale_shared_to_that_number_is_skipped() {
        Shop shop = signUp("Consent Kirana");
        String token = shop.accessToken();

        Api.Response recorded = api.post(CONSENTS, token, body("channel", "WHATSAPP", "to", MEENA_TYPED,
                "optedIn", false, "source", "counter"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.text("recipient")).isEqualTo(MEENA);
        assertThat(recorded.text("channel")).isEqualTo("WHATSAPP");
        assertThat(recorded.body().path("optedIn").asBoolean()).isFalse();
        assertThat(recorded.text("source")).isEqualTo("counter");
        assertThat(recorded.text("recordedBy")).isEqualTo(shop.ownerId());
        assertThat(recorded.text("recordedAt")).isNotBlank();

        JsonNode listed = consents(token, MEENA);
        assertThat(listed.size()).as(listed.toString()).isEqualTo(1);
        assertThat(listed.get(0).path("recipient").asText()).isEqualTo(MEENA);
        assertThat(listed.get(0).path("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(listed.get(0).path("optedIn").asBoolean()).isFalse();
        assertThat(consents(token, MEENA_TYPED)).as("the number as typed finds it too").isEqualTo(listed);
        Api.Response rawPlus = api.get(CONSENTS + "?to=" + MEENA, token);
        assertThat(rawPlus.status()).as("an unencoded + (read as a space) " + rawPlus).isEqualTo(200);
        assertThat(rawPlus.body()).as("an unencoded + (read as a space)").isEqualTo(listed);

        String saleId = saleTo(shop, null);
        Api.Response shared = share(token, saleId, body("channel", "WHATSAPP", "to", MEENA_TYPED));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.text("to")).isEqualTo(MEENA);
        JsonNode skipped = awaitStatus(token, shared.text("id"), "SKIPPED_OPTED_OUT");
        assertThat(history(skipped)).containsExactly("PENDING", "SKIPPED_OPTED_OUT");
        assertThat(skipped.path("attempts").asInt()).as("nothing was attempted").isZero();

        // by SMS the same number has said nothing: the message goes on (and ends not configured)
        Api.Response bySms = share(token, saleId, body("channel", "SMS", "to", MEENA_TYPED));
        assertThat(bySms.status()).as(bySms.toString()).isEqualTo(201);
        awaitStatus(token, bySms.text("id"), "SKIPPED_NOT_CONFIGURED");
    }

    @Test
    void bad_consents_are_refused_with_a_code_and_a_field() {
        Shop shop = signUp("Bad Consent Kirana");
        String token = shop.accessToken();
        assertProblem(api.post(CONSENTS, token, body("to", MEENA, "optedIn", true)), 400, "CHANNEL_REQUIRED");
        assertProblem(api.post(CONSENTS, token, body("channel", "WHATSAPP", "to", MEENA)), 400,
                "OPTED_IN_REQUIRED");
        assertProblem(api.post(CONSENTS, token, body("channel", "WHATSAPP", "to", "12", "optedIn", true)), 400,
                "PHONE_INVALID", "to");
        assertThat(consents(token, MEENA).size()).as("nothing recorded").isZero();
    }

    // ---- sharing a sale ---------------------------------------------------------------------------------------------

    @Test
    void a_shared_sale_is_a_receipt_before_its_invoice_and_the_invoice_after_and_ends_not_configured() {
        Shop shop = signUp("Share Kirana");
        String token = shop.accessToken();
        String buyer = uniquePhone();
        String saleId = saleTo(shop, buyer);

        Api.Response shared = share(token, saleId, Map.of());
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        String id = shared.text("id");
        assertThat(shared.header("Location")).endsWith("/api/v1/notifications/" + id);
        assertThat(shared.text("status")).isIn("PENDING", "SENDING", "SKIPPED_NOT_CONFIGURED");
        assertThat(shared.text("kind")).isEqualTo("RECEIPT");
        assertThat(shared.text("channel")).isEqualTo("WHATSAPP");
        assertThat(shared.text("to")).isEqualTo(buyer);
        assertThat(shared.text("recipientName")).isEqualTo("Meena Patil");
        assertThat(shared.text("text")).contains("570.00").contains("Share Kirana").contains("Meena Patil");
        assertThat(shared.body().has("document")).as(shared.toString()).isFalse();
        assertThat(shared.text("requestedBy")).isEqualTo(shop.ownerId());

        JsonNode receipt = awaitStatus(token, id, "SKIPPED_NOT_CONFIGURED");
        assertThat(history(receipt)).containsExactly("PENDING", "SENDING", "SKIPPED_NOT_CONFIGURED");
        assertThat(receipt.path("attempts").asInt()).isEqualTo(1);
        assertThat(receipt.path("text").asText()).isEqualTo(shared.text("text"));

        // once the GST invoice is issued, the invoice goes with it
        invoice(token, saleId);
        awaitSale(token, saleId, s -> s.path("invoice").isObject());
        Api.Response withInvoice = share(token, saleId, Map.of());
        assertThat(withInvoice.status()).as(withInvoice.toString()).isEqualTo(201);
        String invoiceMessage = withInvoice.text("id");
        assertThat(invoiceMessage).isNotEqualTo(id);
        assertThat(withInvoice.text("kind")).isEqualTo("INVOICE");
        JsonNode document = withInvoice.body().path("document");
        assertThat(document.path("saleId").asText()).isEqualTo(saleId);
        assertThat(document.path("fileName").asText()).endsWith(".pdf");
        assertThat(document.path("link").asText()).contains("/api/v1/shared/invoices/");
        assertThat(withInvoice.text("text")).contains("570.00").contains(document.path("link").asText());

        JsonNode invoiceSkipped = awaitStatus(token, invoiceMessage, "SKIPPED_NOT_CONFIGURED");
        assertThat(history(invoiceSkipped)).containsExactly("PENDING", "SENDING", "SKIPPED_NOT_CONFIGURED");

        JsonNode page = list(token, "status=SKIPPED_NOT_CONFIGURED&kind=INVOICE");
        assertThat(texts(page.path("items"), "id")).containsExactly(invoiceMessage);
        assertThat(texts(list(token, "status=SKIPPED_NOT_CONFIGURED").path("items"), "id"))
                .containsExactly(id, invoiceMessage);
        assertThat(texts(list(token, "kind=RECEIPT").path("items"), "id")).containsExactly(id);
        assertThat(texts(list(token, "channel=SMS").path("items"), "id")).isEmpty();
        JsonNode first = list(token, "limit=1");
        assertThat(texts(first.path("items"), "id")).containsExactly(id);
        assertThat(first.path("nextCursor").asText()).isNotBlank();
        JsonNode second = list(token, "limit=1&cursor=" + first.path("nextCursor").asText());
        assertThat(texts(second.path("items"), "id")).containsExactly(invoiceMessage);
        assertThat(second.path("nextCursor").isMissingNode() || second.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void bad_shares_and_bad_list_queries_are_refused_with_a_code_and_a_field() {
        Shop shop = signUp("Bad Share Kirana");
        String token = shop.accessToken();
        String noPhone = saleTo(shop, null);

        assertProblem(share(token, noPhone, Map.of()), 400, "RECIPIENT_REQUIRED", "to");
        assertProblem(share(token, noPhone, body("to", "12")), 400, "PHONE_INVALID", "to");
        Api.Response email = share(token, noPhone, body("channel", "EMAIL", "to", "not-an-email"));
        assertThat(email.status()).as(email.toString()).isEqualTo(400);
        assertThat(email.contentType()).startsWith("application/problem+json");
        assertThat(email.text("field")).as(email.toString()).isEqualTo("to");
        assertProblem(share(token, noPhone, body("to", MEENA, "language", "xx")), 400, "LANGUAGE_UNSUPPORTED",
                "language");
        assertProblem(share(token, noPhone, body("channel", "PIGEON", "to", MEENA)), 400, "INVALID_VALUE",
                "channel");
        assertProblem(share(token, UUID.randomUUID().toString(), body("to", MEENA)), 404, "SALE_NOT_FOUND");

        assertProblem(api.get(N + "?limit=0", token), 400, "LIMIT_INVALID");
        assertProblem(api.get(N + "?limit=201", token), 400, "LIMIT_INVALID");
        assertProblem(api.get(N + "?status=NOPE", token), 400, "INVALID_VALUE", "status");
        assertProblem(api.get(N + "?kind=NOPE", token), 400, "INVALID_VALUE", "kind");
        assertProblem(api.get(N + "/" + UUID.randomUUID(), token), 404, "NOTIFICATION_NOT_FOUND");

        assertThat(list(token, "").path("items").size()).as("nothing was asked for").isZero();
    }

    // ---- tenants ----------------------------------------------------------------------------------------------------

    @Test
    void another_shop_sees_none_of_a_shops_messages_settings_templates_or_consents() {
        Shop a = signUp("Shop A Notifications");
        Shop b = signUp("Shop B Notifications");
        JsonNode bSettings = settings(b.accessToken());
        JsonNode bTemplate = template(b.accessToken(), "UDHAAR_REMINDER", "hi");

        String saleId = saleTo(a, uniquePhone());
        Api.Response shared = share(a.accessToken(), saleId, Map.of());
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        String id = shared.text("id");
        patchSettings(a.accessToken(), body("language", "hi", "dailySummaryAt", "19:00",
                "channels", Map.of("INVOICE", "SMS")));
        assertThat(put(TEMPLATES + "/udhaar-reminder/hi", a.accessToken(), body("body", HINDI_REMINDER)).status())
                .isEqualTo(200);
        assertThat(api.post(CONSENTS, a.accessToken(), body("channel", "WHATSAPP", "to", MEENA, "optedIn", false))
                .status()).isEqualTo(200);
        awaitStatus(a.accessToken(), id, "SKIPPED_NOT_CONFIGURED");

        assertProblem(api.get(N + "/" + id, b.accessToken()), 404, "NOTIFICATION_NOT_FOUND");
        assertThat(texts(list(b.accessToken(), "").path("items"), "id")).doesNotContain(id);
        assertThat(texts(list(b.accessToken(), "status=SKIPPED_NOT_CONFIGURED").path("items"), "id"))
                .doesNotContain(id);
        assertProblem(share(b.accessToken(), saleId, body("to", MEENA)), 404, "SALE_NOT_FOUND");

        assertThat(settings(b.accessToken())).isEqualTo(bSettings);
        assertThat(template(b.accessToken(), "UDHAAR_REMINDER", "hi")).isEqualTo(bTemplate);
        assertThat(consents(b.accessToken(), MEENA).size()).isZero();
        assertThat(consents(a.accessToken(), MEENA).size()).isEqualTo(1);
        assertThat(notification(a.accessToken(), id).path("id").asText()).isEqualTo(id);
    }

    // ---- no token ---------------------------------------------------------------------------------------------------

    @Test
    void every_notification_route_needs_a_token() {
        Shop shop = signUp("Anonymous Kirana");
        String id = UUID.randomUUID().toString();
        Map<String, Api.Response> answers = new HashMap<>();
        answers.put("GET settings", api.get(N_SETTINGS, null));
        answers.put("PATCH settings", api.patch(N_SETTINGS, null, body("language", "hi")));
        answers.put("GET templates", api.get(TEMPLATES, null));
        answers.put("GET template", api.get(TEMPLATES + "/INVOICE/en", null));
        answers.put("PUT template", put(TEMPLATES + "/INVOICE/en", null, body("body", "{{customerName}}")));
        answers.put("DELETE template", delete(TEMPLATES + "/INVOICE/en", null));
        answers.put("POST preview", api.post(TEMPLATES + "/INVOICE/en/preview", null, Map.of()));
        answers.put("POST consent", api.post(CONSENTS, null, body("channel", "SMS", "to", MEENA, "optedIn", true)));
        answers.put("GET consents", api.get(CONSENTS + "?to=" + encoded(MEENA), null));
        answers.put("GET notifications", api.get(N, null));
        answers.put("GET notification", api.get(N + "/" + id, null));
        answers.put("POST share", api.post(SALES + "/" + id + "/share", null, Map.of()));
        answers.forEach((route, answer) -> {
            assertThat(answer.status()).as(route + ": " + answer).isEqualTo(401);
            assertThat(answer.contentType()).as(route + ": " + answer).startsWith("application/problem+json");
            assertThat(answer.code()).as(route + ": " + answer).isEqualTo("UNAUTHENTICATED");
        });
        assertThat(settings(shop.accessToken()).path("language").asText()).isEqualTo("en");
        assertThat(template(shop.accessToken(), "INVOICE", "en").path("custom").asBoolean()).isFalse();
    }
}
