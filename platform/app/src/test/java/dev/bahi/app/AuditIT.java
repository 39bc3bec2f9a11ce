package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit history end to end: a shop's signup, items, sales and a payment show up in order with who and which
 * request; filters, pages and the NDJSON/CSV exports agree; no password hash is ever shown; the chain verifies against
 * the event store and stops verifying, at the right position, once a stored event is tampered with. Only the owner or
 * accountant of the shop, only its own events.
 */
class AuditIT extends SalesEndToEndTest {
    static final String EVENTS = "/api/v1/audit/events";
    static final String VERIFY = "/api/v1/audit/verify";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    MongoClient mongo;

    /** A GET with the given Accept header, the body as text. */
    private HttpResponse<String> getAs(String path, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> page(String token, String query) {
        Api.Response answer = api.get(EVENTS + "?" + query, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        answer.body().path("entries").forEach(entries::add);
        return entries;
    }

    private List<JsonNode> all(String token) {
        return page(token, "limit=1000");
    }

    private JsonNode verify(String token, String query) {
        Api.Response answer = api.get(VERIFY + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** The shop's events in the event store, read from its documents' metadata. */
    private long storedEventsOf(String tenantId) {
        return domainEvents().countDocuments(Filters.regex("serializedMetaData", "\"tenantId\"\\s*:\\s*\"" + tenantId));
    }

    private MongoCollection<Document> domainEvents() {
        return mongo.getDatabase("bahi_events").getCollection("domainevents");
    }

    /** Waits until the audit trail holds every event the store has for the shop, and nothing more comes. */
    /**
     * The shop's whole trail once the platform has gone quiet: every message the events caused has settled (a
     * payment receipt goes through the dispatcher a second or so later and adds events of its own), and the
     * trail holds every stored event of the shop, unchanged over three polls.
     */
    private List<JsonNode> awaitAll(Shop shop) {
        await10().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode messages = api.get("/api/v1/notifications?limit=200", shop.accessToken()).body().path("items");
            for (JsonNode message : messages) {
                String status = message.path("status").asText();
                if (status.equals("PENDING") || status.equals("SENDING")) {
                    return false;
                }
            }
            return true;
        });
        long[] seen = {-1};
        int[] quiet = {0};
        await10().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long stored = storedEventsOf(shop.tenantId());
            boolean same = all(shop.accessToken()).size() == stored && stored == seen[0];
            quiet[0] = same ? quiet[0] + 1 : 0;
            seen[0] = stored;
            return quiet[0] >= 3;
        });
        return all(shop.accessToken());
    }

    private static List<String> hashes(List<JsonNode> entries) {
        return texts(entries, "hash");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void a_shops_history_is_listed_filtered_paged_exported_and_verified_and_tampering_is_named() throws Exception {
        Shop shop = signUp("Audit Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("AUDIT-ATTA"));
        receive(token, atta, "20");
        String saleId = recordCashSale(token, atta, "2");
        Api.Response customer = api.post("/api/v1/customers", token, Map.of("name", "Meena Patil",
                "phone", uniquePhone(), "creditLimit", "5000.00"));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        String meena = customer.text("id");
        await10().until(() -> api.get("/api/v1/customers/" + meena, token).status() == 200);
        Map<String, Object> credit = sale(List.of(line(atta, "1")), "CREDIT");
        credit.put("customer", Map.of("customerId", meena));
        recordSale(token, credit);
        Api.Response paid = api.post("/api/v1/payments", token,
                Map.of("method", "CASH", "amount", "100.00", "customerId", meena));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        List<JsonNode> entries = awaitAll(shop);

        // in order, every event with who and which request
        assertThat(entries.size()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            assertThat(e.path("position").asLong()).isEqualTo(i + 1);
            assertThat(e.path("userId").asText()).as(e.toString()).isNotBlank();
            assertThat(e.path("traceId").asText()).as(e.toString()).isNotBlank();
            assertThat(e.path("hash").asText()).hasSize(64);
            if (i > 0) {
                assertThat(e.path("previousHash").asText()).isEqualTo(entries.get(i - 1).path("hash").asText());
            }
        }
        List<String> names = texts(entries, "eventName");
        assertThat(names).contains("TenantRegistered", "UserRegistered", "SaleRecorded", "PaymentRecorded");
        assertThat(names.indexOf("TenantRegistered")).isLessThan(names.indexOf("SaleRecorded"));
        assertThat(names.indexOf("SaleRecorded")).isLessThan(names.indexOf("PaymentRecorded"));
        assertThat(entries).filteredOn(e -> e.path("eventName").asText().equals("SaleRecorded"))
                .allSatisfy(e -> assertThat(e.path("userId").asText()).isEqualTo(shop.ownerId()));
        JsonNode sale = entries.stream().filter(e -> e.path("aggregateId").asText().equals(saleId)).findFirst()
                .orElseThrow();
        assertThat(sale.path("payload").path("saleId").asText()).isEqualTo(saleId);

        // filters
        String saleType = sale.path("aggregateType").asText();
        assertThat(page(token, "limit=1000&aggregateType=" + saleType))
                .isNotEmpty().allSatisfy(e -> assertThat(e.path("aggregateType").asText()).isEqualTo(saleType));
        assertThat(page(token, "limit=1000&aggregateId=" + atta))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(e -> assertThat(e.path("aggregateId").asText())
                        .isEqualTo(atta));
        assertThat(texts(page(token, "limit=1000&eventType=SaleRecorded"), "eventName")).hasSize(2)
                .containsOnly("SaleRecorded");
        assertThat(page(token, "limit=1000&eventType=" + sale.path("eventType").asText())).hasSize(2);
        String fromTime = entries.get(2).path("timestamp").asText();
        String toTime = entries.get(entries.size() - 1).path("timestamp").asText();
        List<JsonNode> between = page(token, "limit=1000&from=" + encode(fromTime) + "&to=" + encode(toTime));
        assertThat(between).allSatisfy(e -> assertThat(e.path("timestamp").asText().compareTo(fromTime) >= 0
                && e.path("timestamp").asText().compareTo(toTime) < 0).isTrue());
        assertThat(between).isNotEmpty();
        assertThat(page(token, "limit=1000&from=" + today() + "&to=" + today())).hasSize(entries.size());
        assertThat(page(token, "limit=1000&to=" + today().minusDays(1))).isEmpty();

        // pages of three, walked with the cursor, give the same entries
        List<JsonNode> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response answer = api.get(EVENTS + "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.body().path("entries").forEach(paged::add);
            cursor = answer.text("nextCursor");
        } while (cursor != null && ++pages < 100);
        assertThat(hashes(paged)).isEqualTo(hashes(entries));

        // NDJSON and CSV: the very same entries, streamed
        HttpResponse<String> ndjson = getAs(EVENTS, token, "application/x-ndjson");
        assertThat(ndjson.statusCode()).as(ndjson.body()).isEqualTo(200);
        assertThat(ndjson.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.body().split("\n")) {
            if (!line.isBlank()) {
                lines.add(Api.JSON.readTree(line));
            }
        }
        assertThat(hashes(lines)).isEqualTo(hashes(entries));
        assertThat(lines).isEqualTo(entries);
        HttpResponse<String> csv = getAs(EVENTS, token, "text/csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(records.stream().map(r -> r.get("hash")).toList()).isEqualTo(hashes(entries));
        assertThat(records.stream().map(r -> r.get("position")).toList())
                .isEqualTo(texts(entries, "position"));
        for (int i = 0; i < records.size(); i++) {
            assertThat(Api.JSON.readTree(records.get(i).get("payload"))).isEqualTo(entries.get(i).path("payload"));
        }
        // the owner's password hash is in the event store, and nowhere in the history
        for (String text : List.of(ndjson.body(), csv.body(), api.get(EVENTS + "?limit=1000", token).raw().body())) {
            assertThat(text).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("$2y$");
        }
        JsonNode registered = entries.stream().filter(e -> e.path("eventName").asText().equals("UserRegistered"))
                .findFirst().orElseThrow();
        assertThat(registered.path("payload").toString()).contains("[REDACTED]");

        // verified against the event store
        JsonNode verified = verify(token, "");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("entries").asLong()).isEqualTo(entries.size());
        assertThat(verified.path("firstPosition").asLong()).isEqualTo(1);
        assertThat(verified.path("lastPosition").asLong()).isEqualTo(entries.size());
        assertThat(verified.path("headHash").asText()).isEqualTo(entries.get(entries.size() - 1).path("hash").asText());
        assertThat(verify(token, "from=2&to=4").path("entries").asLong()).isEqualTo(3);
        assertThat(verify(token, "from=" + today() + "&to=" + today()).path("verified").asBoolean()).isTrue();

        // tamper with the sale's stored event: verify names its position; restored, it verifies again
        Document stored = domainEvents().find(Filters.and(Filters.eq("aggregateIdentifier", saleId),
                Filters.eq("sequenceNumber", 0L))).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("serializedPayload")).isInstanceOf(String.class);
        String original = stored.getString("serializedPayload");
        ObjectNode changed = (ObjectNode) Api.JSON.readTree(original);
        changed.put("note", "edited after the fact");
        try {
            domainEvents().updateOne(Filters.eq("_id", stored.get("_id")),
                    Updates.set("serializedPayload", Api.JSON.writeValueAsString(changed)));
            JsonNode tampered = verify(token, "");
            assertThat(tampered.path("verified").asBoolean()).as(tampered.toString()).isFalse();
            JsonNode mismatch = tampered.path("firstMismatch");
            assertThat(mismatch.path("position").asLong()).isEqualTo(sale.path("position").asLong());
            assertThat(mismatch.path("eventId").asText()).isEqualTo(sale.path("eventId").asText());
            assertThat(mismatch.path("reason").asText()).isEqualTo("EVENT_CHANGED");
            assertThat(mismatch.path("storedHash").asText()).isEqualTo(sale.path("hash").asText());
            assertThat(mismatch.path("expectedHash").asText()).hasSize(64).isNotEqualTo(sale.path("hash").asText());
        } finally {
            domainEvents().updateOne(Filters.eq("_id", stored.get("_id")),
                    Updates.set("serializedPayload", original));
        }
        assertThat(verify(token, "").path("verified").asBoolean()).isTrue();

        // another shop sees none of it, and verifies only its own
        Shop other = signUp("Audit Stores");
        List<JsonNode> otherEntries = awaitAll(other);
        assertThat(otherEntries).isNotEmpty();
        assertThat(texts(otherEntries, "eventId")).doesNotContainAnyElementsOf(texts(entries, "eventId"));
        assertThat(page(other.accessToken(), "limit=1000&aggregateId=" + saleId)).isEmpty();
        HttpResponse<String> otherExport = getAs(EVENTS, other.accessToken(), "application/x-ndjson");
        assertThat(otherExport.body()).doesNotContain(saleId).doesNotContain(shop.tenantId());
        JsonNode otherVerified = verify(other.accessToken(), "");
        assertThat(otherVerified.path("verified").asBoolean()).isTrue();
        assertThat(otherVerified.path("entries").asLong()).isEqualTo(otherEntries.size());

        // a cashier may not read the history
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        assertProblem(api.get(EVENTS, cashier), 403, "FORBIDDEN");
        assertProblem(api.get(VERIFY, cashier), 403, "FORBIDDEN");
        assertThat(getAs(EVENTS, cashier, "application/x-ndjson").statusCode()).isEqualTo(403);
    }

    @Test
    void bad_input_is_answered_with_the_code_and_the_field() {
        Shop shop = signUp("Audit Bad Input");
        String token = shop.accessToken();
        assertProblem(api.get(EVENTS + "?limit=0", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(EVENTS + "?limit=1001", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(EVENTS + "?limit=ten", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(EVENTS + "?from=yesterday", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(EVENTS + "?to=2026-13-45", token), 400, "DATE_INVALID", "to");
        assertProblem(api.get(EVENTS + "?from=2026-11-30&to=2026-11-01", token), 400, "RANGE_INVALID", "from");
        assertProblem(api.get(EVENTS + "?cursor=not-a-cursor!", token), 400, "CURSOR_INVALID", "cursor");
        assertProblem(api.get(EVENTS + "?cursor=" + java.util.Base64.getUrlEncoder().encodeToString(
                "other:1".getBytes(StandardCharsets.UTF_8)), token), 400, "CURSOR_INVALID", "cursor");
        assertProblem(api.get(VERIFY + "?from=5&to=2", token), 400, "RANGE_INVALID", "from");
        assertProblem(api.get(VERIFY + "?from=0", token), 400, "RANGE_INVALID", "from");
        assertProblem(api.get(VERIFY + "?from=someday", token), 400, "DATE_INVALID", "from");
        assertThat(getAs(EVENTS, token, "application/xml").statusCode()).isEqualTo(406);
    }
}
