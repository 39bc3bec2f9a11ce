package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.bahi.tenant.api.TenantRegistered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rebuilding every replayable projection from the event store gives back, document for document, the read models the
 * live events built, and sends and charges nothing. Runs in its own application context (its own data dir, so its
 * own in-memory store holding only this test's events), with a gate in the daily summary's processing group that
 * holds that replay at its first event, so "503 while rebuilding" is seen deterministically.
 */
@Import(ProjectionRebuildIT.Gate.class)
class ProjectionRebuildIT extends SalesEndToEndTest {
    static final String ADMIN = "/api/v1/admin/projections";
    static final String DAILY_SUMMARY = "query-projections.daily-summary";
    static final String PAYMENTS = "/api/v1/payments";
    static final String CUSTOMERS = "/api/v1/customers";

    /**
     * What is not a read model of a replayable projection, so is left out of the comparison:
     * <ul>
     * <li>{@code bahi_events}: Axon's own store (events, snapshots, tracking tokens, sagas, dead letters) - the source,
     * and the tokens change by design;</li>
     * <li>{@code bahi_platform.idempotency_keys}: answers kept for retried POSTs, written by the web filter;</li>
     * <li>unique-key claims written before a command is sent (set-based validation, ADR 5): {@code
     * bahi_identity.logins}, {@code bahi_inventory.skus}, {@code bahi_sales.customer_phones}, {@code
     * bahi_payments.utrs}, {@code bahi_payments.webhook_events};</li>
     * <li>lookups of subscribing processors (not replayed, ADR 5): {@code bahi_identity.user_access}
     * (identity.access), {@code bahi_tenant.tenant_access} (tenant.access), {@code bahi_inventory.settings}
     * (inventory.settings), {@code bahi_sales.reminder_policies} (sales.reminder-policy), {@code
     * bahi_notifications.notification_settings} and {@code notification_consents} (notifications.settings);</li>
     * <li>command-side stores no event rebuilds: {@code bahi_identity.refresh_tokens}, {@code
     * bahi_identity.revoked_access_tokens}, {@code bahi_payments.provider_secrets} (secrets kept out of the events);</li>
     * <li>{@code bahi_sales.documents.files/chunks}: the GridFS cache of drawn invoice PDFs, not a projection.</li>
     * </ul>
     */
    static final Map<String, Set<String>> NOT_READ_MODELS = Map.of(
            "bahi_platform", Set.of("idempotency_keys"),
            "bahi_identity", Set.of("logins", "user_access", "refresh_tokens", "revoked_access_tokens"),
            "bahi_tenant", Set.of("tenant_access"),
            "bahi_inventory", Set.of("skus", "settings"),
            "bahi_sales", Set.of("customer_phones", "reminder_policies", "documents.files", "documents.chunks"),
            "bahi_payments", Set.of("utrs", "webhook_events", "provider_secrets"),
            "bahi_notifications", Set.of("notification_settings", "notification_consents"));

    @DynamicPropertySource
    static void ownContext(DynamicPropertyRegistry registry) {
        registry.add("bahi.data-dir", () -> "target/e2e-rebuild");
    }

    /** Holds the daily summary's replay at its first event while armed; does nothing live. */
    @ProcessingGroup(DAILY_SUMMARY)
    static class ReplayGate {
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile ReplayStatus heldAs;

        /** Armed only after the scenario: the next shop registration it sees can only come from the replay. */
        @EventHandler
        void on(TenantRegistered event, ReplayStatus status) throws InterruptedException {
            if (armed.compareAndSet(true, false)) {
                heldAs = status;
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
        }
    }

    @TestConfiguration
    static class Gate {
        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }
    }

    @Autowired
    MongoClient mongo;
    @Autowired
    ReplayGate gate;

    @Test
    void rebuilding_every_projection_gives_the_same_read_models_and_sends_and_charges_nothing() throws Exception {
        List<Runnable> softly = new ArrayList<>();
        Scenario scenario = scenario();
        String admin = adminToken();
        awaitQuiet(admin, scenario);
        Map<String, Map<String, Document>> before = snapshot();
        JsonNode summaryBefore = api.get("/api/v1/reports/daily-summary", scenario.kirana().accessToken()).body();
        List<String> messagesBefore = messageIds(scenario);
        assertThat(before).as("read models to compare").isNotEmpty();
        System.out.println("[rebuild] read-model collections compared: " + before.keySet());

        // ---- who may ask, and what cannot be rebuilt --------------------------------------------------------------
        String owner = scenario.kirana().accessToken();
        assertProblem(api.get(ADMIN, owner), 403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + "/" + DAILY_SUMMARY + "/rebuild", owner, Map.of()), 403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + "/no.such-projection/rebuild", admin, Map.of()), 404, "PROJECTION_NOT_FOUND");
        assertProblem(api.post(ADMIN + "/notifications.triggers/rebuild", admin, Map.of()), 409,
                "PROJECTION_NOT_REBUILDABLE");
        assertProblem(api.post(ADMIN + "/payments.counter-sales/rebuild", admin, Map.of()), 409,
                "PROJECTION_NOT_REBUILDABLE");
        JsonNode overview = overview(admin);
        long events = overview.path("headPosition").asLong();
        List<String> rebuildable = new ArrayList<>();
        for (JsonNode p : overview.path("processors")) {
            String name = p.path("name").asText();
            if (p.path("kind").asText().equals("SUBSCRIBING")) {
                assertThat(p.path("rebuildable").asBoolean()).as(name).isFalse();
                assertProblem(api.post(ADMIN + "/" + name + "/rebuild", admin, Map.of()), 409,
                        "PROJECTION_NOT_REBUILDABLE");
            } else if (p.path("rebuildable").asBoolean()) {
                assertThat(p.path("kind").asText()).as(name).isIn("TRACKING", "POOLED");
                assertThat(p.path("position").asLong()).as(p.toString()).isEqualTo(events);
                assertThat(p.path("lag").asLong()).as(p.toString()).isZero();
                rebuildable.add(name);
            }
        }
        assertThat(rebuildable).contains(DAILY_SUMMARY, "sales.sales", "inventory.items", "payments.payments",
                "notifications.messages").doesNotContain("notifications.triggers", "payments.counter-sales");

        // ---- the daily summary, held at its first replayed event --------------------------------------------------
        gate.armed.set(true);
        long started = System.nanoTime();
        Api.Response accepted = api.post(ADMIN + "/" + DAILY_SUMMARY + "/rebuild", admin, Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.text("name")).isEqualTo(DAILY_SUMMARY);
        try {
            assertThat(gate.held.await(30, TimeUnit.SECONDS)).as("the replay reached the gate").isTrue();
            JsonNode held = processor(overview(admin), DAILY_SUMMARY);
            Api.Response rebuilding = api.get("/api/v1/reports/daily-summary", owner);
            // Checked softly, so that the read-model comparison below still runs and reports. A rebuild restarts from
            // a plain tail token (Axon's replay token grows without bound on Mongo tokens), so its events arrive as
            // REGULAR and the platform does not rely on Axon's "replaying": a rebuild counts until the processor has
            // caught up with the head.
            softly.add(() -> assertProblem(rebuilding, 503, "PROJECTION_REBUILDING"));
            softly.add(() -> assertThat(held.path("replaying").asBoolean()).as(held.toString()).isTrue());
            softly.add(() -> assertThat(held.path("percent").isInt()).as("progress is shown: " + held).isTrue());
            if (rebuilding.status() == 503) {
                assertThat(rebuilding.header("Retry-After")).isNotNull();
                assertThat(rebuilding.text("processingGroup")).isEqualTo(DAILY_SUMMARY);
            }
            if (held.path("replaying").asBoolean()) {
                assertThat(held.path("percent").asInt()).isBetween(0, 99);
                assertThat(held.path("lag").asLong()).as(held.toString()).isPositive();
                assertProblem(api.post(ADMIN + "/" + DAILY_SUMMARY + "/rebuild", admin, Map.of()), 409,
                        "PROJECTION_ALREADY_REBUILDING");
            }
            // the rest of the platform keeps serving meanwhile
            assertThat(api.get(SALES + "?limit=5", owner).status()).isEqualTo(200);

            // ---- every other rebuildable processor, all at once -----------------------------------------------------
            for (String name : rebuildable) {
                if (!name.equals(DAILY_SUMMARY)) {
                    Api.Response other = api.post(ADMIN + "/" + name + "/rebuild", admin, Map.of());
                    assertThat(other.status()).as(name + " " + other).isEqualTo(202);
                }
            }
        } finally {
            gate.release.countDown();
        }
        long released = System.nanoTime();
        List<String> softFailures = new ArrayList<>();
        for (Runnable check : softly) {
            try {
                check.run();
            } catch (AssertionError e) {
                softFailures.add(e.getMessage().replace('\n', ' '));
            }
        }
        softFailures.forEach(f -> System.out.println("[rebuild] WHILE HELD: " + f));
        Map<String, Integer> progressSeen = new TreeMap<>();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode now = overview(admin);
            boolean done = true;
            for (JsonNode p : now.path("processors")) {
                if (p.path("kind").asText().equals("SUBSCRIBING")) {
                    continue;
                }
                if (p.path("replaying").asBoolean() && p.path("percent").isInt()) {
                    progressSeen.merge(p.path("name").asText(), p.path("percent").asInt(), Math::max);
                }
                boolean caughtUp = p.path("segments").size() > 0;
                for (JsonNode s : p.path("segments")) {
                    caughtUp &= s.path("caughtUp").asBoolean();
                }
                done &= p.path("running").asBoolean() && !p.path("replaying").asBoolean()
                        && !p.path("rebuildRequested").asBoolean() && caughtUp;
            }
            return done;
        });
        long finished = System.nanoTime();
        System.out.printf("[rebuild] %d events, %d processors rebuilt at once: %.1f s after the gate opened "
                        + "(%.1f s in all); progress seen: %s%n", events, rebuildable.size(),
                (finished - released) / 1e9, (finished - started) / 1e9, progressSeen);
        JsonNode after = overview(admin);
        for (JsonNode p : after.path("processors")) {
            assertThat(p.path("error").asBoolean()).as(p.toString()).isFalse();
            assertThat(p.has("lastRebuildFailure")).as(p.toString()).isFalse();
            if (rebuildable.contains(p.path("name").asText())) {
                assertThat(p.path("lag").asLong()).as(p.toString()).isZero();
            }
        }
        assertThat(after.path("headPosition").asLong()).as("the rebuild stored no event").isEqualTo(events);

        // ---- the same read models, and nothing sent or charged ---------------------------------------------------
        awaitQuiet(admin, scenario);
        Map<String, Map<String, Document>> rebuilt = snapshot();
        assertSameReadModels(before, rebuilt);
        assertThat(messageIds(scenario)).as("a replay sends no message").isEqualTo(messagesBefore);
        Api.Response summaryAfter = api.get("/api/v1/reports/daily-summary", owner);
        assertThat(summaryAfter.status()).as(summaryAfter.toString()).isEqualTo(200);
        assertThat(summaryAfter.body()).isEqualTo(summaryBefore);
        assertThat(softFailures).as("while the daily summary's rebuild was held").isEmpty();
    }

    // ---- the scenario -------------------------------------------------------------------------------------------

    record Scenario(Shop kirana, Shop medical, String meena) {
    }

    private Scenario scenario() {
        Shop kirana = signUp("Rebuild Kirana");
        Shop medical = signUp("Rebuild Medical");
        String token = kirana.accessToken();

        Api.Response settings = api.patch("/api/v1/notifications/settings", token,
                Map.of("language", "hi", "lowStockAlerts", true, "paymentReceipts", true));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);

        Map<String, Object> attaItem = atta("ATTA-5KG");
        attaItem.put("minStock", "10");
        String atta = createItem(token, attaItem);
        String sugar = createItem(token, item("SUGAR-1KG", "Sugar 1 kg", "1701", "5", "46.00", true));
        receive(token, atta, "12");
        receive(token, sugar, "40");
        Api.Response counted = api.post(ITEMS + "/" + sugar + "/stock-movements", token,
                Map.of("kind", "COUNT", "quantity", "39", "note", "monthly count"));
        assertThat(counted.status()).as(counted.toString()).isEqualTo(201);

        Api.Response opened = api.post(CUSTOMERS, token, Map.of("name", "Meena Patil", "phone", uniquePhone(),
                "creditLimit", "5000.00"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String meena = opened.text("id");

        // cash, UPI, split (UPI + cash + credit: the atta falls to 9 of a minimum of 10) and credit sales
        String cashSale = recordCashSale(token, atta, "1");
        recordSale(token, sale(List.of(line(sugar, "3")), "UPI"));
        Map<String, Object> split = sale(List.of(line(atta, "2")), "SPLIT");
        split.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "UPI", "amount", "200.00"),
                Map.of("mode", "CASH", "amount", "100.00"), Map.of("mode", "CREDIT", "amount", "270.00"))));
        split.put("customer", Map.of("customerId", meena));
        recordSale(token, split);
        Map<String, Object> credit = sale(List.of(line(atta, "1"), line(sugar, "2")), "CREDIT");
        credit.put("customer", Map.of("customerId", meena));
        String creditSale = recordSale(token, credit).path("id").asText();

        // an invoice and a return; a cancelled sale
        invoice(token, cashSale);
        Api.Response returned = returnGoods(token, cashSale, atta, "1", "DAMAGED");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        String cancelled = recordCashSale(token, sugar, "1");
        Api.Response cancel = api.post(SALES + "/" + cancelled + "/cancel", token, Map.of("reason", "Rang galat"));
        assertThat(cancel.status()).as(cancel.toString()).isLessThan(300);

        // the khata: a repayment, a payment against the credit sale and part of it refunded, a reminder
        Api.Response repaid = api.post(PAYMENTS, token, Map.of("method", "CASH", "amount", "100.00",
                "customerId", meena));
        assertThat(repaid.status()).as(repaid.toString()).isEqualTo(201);
        Api.Response paid = api.post(PAYMENTS, token, Map.of("method", "UPI", "amount", "150.00", "saleId", creditSale,
                "upi", Map.of("utr", "431234567891", "payerVpa", "meena@okaxis")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        Api.Response refund = api.post(PAYMENTS + "/" + paid.text("id") + "/refunds", token,
                Map.of("amount", "40.00", "reason", "charged twice for one packet"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        Api.Response reminded = api.post(CUSTOMERS + "/" + meena + "/reminders", token, Map.of());
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        Api.Response upi = api.post(PAYMENTS + "/upi-requests", token, Map.of("customerId", meena));
        assertThat(upi.status()).as(upi.toString()).isEqualTo(201);

        // the day at a glance, and a sale shared with the buyer
        Api.Response summary = api.get("/api/v1/reports/daily-summary", token);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        Api.Response shared = api.post(SALES + "/" + creditSale + "/share", token, Map.of("channel", "SMS"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);

        // the second shop: its own catalogue, a sale and a khata
        String other = medical.accessToken();
        String crocin = createItem(other, item("CROCIN-15", "Crocin 650 (15 tabs)", "3004", "12", "34.00", true));
        receive(other, crocin, "20");
        recordCashSale(other, crocin, "2");
        Api.Response ravi = api.post(CUSTOMERS, other, Map.of("name", "Ravi Joshi", "phone", uniquePhone(),
                "openingBalance", "250.00"));
        assertThat(ravi.status()).as(ravi.toString()).isEqualTo(201);
        return new Scenario(kirana, medical, meena);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private JsonNode overview(String admin) {
        Api.Response overview = api.get(ADMIN, admin);
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        return overview.body();
    }

    private static JsonNode processor(JsonNode overview, String name) {
        for (JsonNode p : overview.path("processors")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no processor " + name + " in " + overview);
    }

    /** Every message of both shops with its status: ids and outcomes must not change with a replay. */
    private List<String> messageIds(Scenario scenario) {
        List<String> ids = new ArrayList<>();
        for (Shop shop : List.of(scenario.kirana(), scenario.medical())) {
            Api.Response list = api.get("/api/v1/notifications?limit=200", shop.accessToken());
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            JsonNode items = list.body().has("notifications") ? list.body().path("notifications")
                    : list.body().has("items") ? list.body().path("items") : list.body();
            items.forEach(n -> ids.add(n.path("id").asText() + " " + n.path("status").asText()));
        }
        ids.sort(String::compareTo);
        return ids;
    }

    /** Every processor caught up, no message still waiting to be sent, and the read models still for a moment. */
    private void awaitQuiet(String admin, Scenario scenario) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (JsonNode p : overview(admin).path("processors")) {
                for (JsonNode s : p.path("segments")) {
                    if (!s.path("caughtUp").asBoolean()) {
                        return false;
                    }
                }
            }
            return messageIds(scenario).stream().noneMatch(m -> m.endsWith(" PENDING") || m.endsWith(" SENDING"));
        });
        List<Map<String, Map<String, Document>>> last = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Map<String, Map<String, Document>> now = snapshot();
            boolean same = !last.isEmpty() && now.equals(last.get(0));
            last.clear();
            last.add(now);
            return same;
        });
    }

    /** Every document of every read-model collection of every bahi_* database, by "db.collection" and id. */
    private Map<String, Map<String, Document>> snapshot() {
        Map<String, Map<String, Document>> all = new TreeMap<>();
        for (String dbName : mongo.listDatabaseNames()) {
            if (!dbName.startsWith("bahi_") || dbName.equals("bahi_events")) {
                continue;
            }
            MongoDatabase db = mongo.getDatabase(dbName);
            for (String collection : db.listCollectionNames()) {
                if (collection.startsWith("system.")
                        || NOT_READ_MODELS.getOrDefault(dbName, Set.of()).contains(collection)) {
                    continue;
                }
                Map<String, Document> documents = new TreeMap<>();
                for (Document d : db.getCollection(collection).find()) {
                    documents.put(String.valueOf(d.get("_id")), d);
                }
                all.put(dbName + "." + collection, documents);
            }
        }
        return all;
    }

    /** Same collections, same ids, equal documents; every difference is listed before the test fails. */
    private static void assertSameReadModels(Map<String, Map<String, Document>> before,
                                             Map<String, Map<String, Document>> after) {
        List<String> differences = new ArrayList<>();
        Set<String> collections = new java.util.TreeSet<>(before.keySet());
        collections.addAll(after.keySet());
        for (String collection : collections) {
            Map<String, Document> was = before.getOrDefault(collection, Map.of());
            Map<String, Document> is = after.getOrDefault(collection, Map.of());
            Set<String> ids = new java.util.TreeSet<>(was.keySet());
            ids.addAll(is.keySet());
            for (String id : ids) {
                Document expected = was.get(id);
                Document actual = is.get(id);
                if (expected == null) {
                    differences.add(collection + " " + id + ": only after the rebuild: " + actual.toJson());
                } else if (actual == null) {
                    differences.add(collection + " " + id + ": lost by the rebuild: " + expected.toJson());
                } else if (!expected.equals(actual)) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    Set<String> keys = new java.util.LinkedHashSet<>(expected.keySet());
                    keys.addAll(actual.keySet());
                    for (String key : keys) {
                        if (!java.util.Objects.equals(expected.get(key), actual.get(key))) {
                            fields.put(key, expected.get(key) + " -> " + actual.get(key));
                        }
                    }
                    differences.add(collection + " " + id + ": " + fields);
                }
            }
        }
        differences.forEach(d -> System.out.println("[rebuild] DIFFERENCE " + d));
        assertThat(differences).as("read models after the rebuild").isEmpty();
        System.out.println("[rebuild] compared " + before.values().stream().mapToInt(Map::size).sum()
                + " documents in " + before.size() + " collections");
    }
}
