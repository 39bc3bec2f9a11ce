package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.StreamSupport;
import dev.bahi.inventory.api.StockMovementRecorded;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Helpers for the sales end-to-end tests: items and stock through the inventory API, sales and their documents,
 * PDFs fetched as bytes and read back as text, business dates in the shop's time zone, and racing requests.
 * Shares the one application context of {@link EndToEndTest}.
 */
abstract class SalesEndToEndTest extends EndToEndTest {
    static final String ITEMS = "/api/v1/items";
    static final String SALES = "/api/v1/sales";
    static final String SETTINGS = "/api/v1/inventory/settings";
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    /** A valid Tamil Nadu (33) GSTIN for the PAN of the Karnataka example; check character by the §2 algorithm. */
    static final String TAMIL_NADU_GSTIN = "33AAGCB7383J1ZF";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    EventStore eventStore;

    // ---- shops ------------------------------------------------------------------------------------------------------

    /** A registered shop in Karnataka (29). */
    protected Shop karnatakaShop(String name, String registration) {
        Map<String, Object> business = business(name);
        business.put("gstRegistration", registration);
        business.put("gstin", KARNATAKA_GSTIN);
        business.put("stateCode", "29");
        business.put("address", Map.of("line1", "4th Cross, Jayanagar", "city", "Bengaluru", "pincode", "560041"));
        return signUp(business, uniqueEmail("owner"));
    }

    protected void strictStock(Shop shop) {
        Api.Response changed = api.patch(SETTINGS, shop.accessToken(), Map.of("strictStock", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    // ---- items and stock --------------------------------------------------------------------------------------------

    /** Aashirvaad Atta 5 kg at ₹285.00 including 5% GST, as in worked example (a). */
    static Map<String, Object> atta(String sku) {
        return item(sku, "Aashirvaad Atta 5 kg", "1101", "5", "285.00", true);
    }

    static Map<String, Object> item(String sku, String name, String hsn, String gstRate, String salePrice,
                                    boolean priceIncludesTax) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", name);
        item.put("hsn", hsn);
        item.put("gstRate", gstRate);
        item.put("unit", "PCS");
        item.put("salePrice", salePrice);
        item.put("priceIncludesTax", priceIncludesTax);
        return item;
    }

    protected String createItem(String token, Map<String, Object> item) {
        Api.Response created = api.post(ITEMS, token, item);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** Receives stock and waits until the item's history shows it. */
    protected void receive(String token, String itemId, String quantity) {
        int before = history(token, itemId).size();
        Api.Response received = api.post(ITEMS + "/" + itemId + "/stock-movements", token,
                Map.of("kind", "RECEIVED", "quantity", quantity));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        awaitHistorySize(token, itemId, before + 1);
    }

    protected JsonNode item(String token, String itemId) {
        Api.Response item = api.get(ITEMS + "/" + itemId, token);
        assertThat(item.status()).as(item.toString()).isEqualTo(200);
        return item.body();
    }

    protected String onHand(String token, String itemId) {
        return item(token, itemId).path("onHand").asText();
    }

    protected void awaitOnHand(String token, String itemId, String onHand) {
        await10().untilAsserted(() -> assertThat(onHand(token, itemId)).isEqualTo(onHand));
    }

    protected JsonNode history(String token, String itemId) {
        Api.Response history = api.get(ITEMS + "/" + itemId + "/stock-movements?limit=200", token);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.body().path("movements");
    }

    protected JsonNode awaitHistorySize(String token, String itemId, int size) {
        await10().until(() -> history(token, itemId).size() >= size);
        JsonNode history = history(token, itemId);
        assertThat(history.size()).as(history.toString()).isEqualTo(size);
        return history;
    }

    /** The kinds of an item's movements, oldest first, once there are {@code size} of them. */
    protected List<String> awaitKinds(String token, String itemId, int size) {
        return texts(awaitHistorySize(token, itemId, size), "kind");
    }

    /** How many events the aggregate has in the event store (read from the store, not a snapshot). */
    protected int eventCount(String aggregateId) {
        return (int) eventStore.readEvents(aggregateId, 0).asStream().map(Message::getPayload).count();
    }

    /** How many stock movements the item has in the event store: what really moved, read model or not. */
    protected int movementCount(String itemId) {
        return (int) eventStore.readEvents(itemId, 0).asStream().map(Message::getPayload)
                .filter(p -> p instanceof StockMovementRecorded).count();
    }

    // ---- sales ------------------------------------------------------------------------------------------------------

    static Map<String, Object> line(String itemId, String quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("itemId", itemId);
        line.put("quantity", quantity);
        return line;
    }

    static Map<String, Object> line(String itemId, String quantity, String unitPrice, String discount) {
        Map<String, Object> line = line(itemId, quantity);
        line.put("unitPrice", unitPrice);
        line.put("discount", discount);
        return line;
    }

    static Map<String, Object> sale(List<Map<String, Object>> lines, String paymentMode) {
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("lines", lines);
        sale.put("payment", Map.of("mode", paymentMode));
        return sale;
    }

    static Map<String, Object> cashSale(String itemId, String quantity) {
        return sale(List.of(line(itemId, quantity)), "CASH");
    }

    protected JsonNode recordSale(String token, Map<String, Object> sale) {
        Api.Response recorded = api.post(SALES, token, sale);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith(SALES + "/" + recorded.text("id"));
        return recorded.body();
    }

    protected String recordCashSale(String token, String itemId, String quantity) {
        return recordSale(token, cashSale(itemId, quantity)).path("id").asText();
    }

    /** The sale as the read model has it, once {@code ready} holds. */
    protected JsonNode awaitSale(String token, String saleId, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] seen = new JsonNode[1];
        await10().until(() -> {
            Api.Response sale = api.get(SALES + "/" + saleId, token);
            seen[0] = sale.status() == 200 ? sale.body() : null;
            return seen[0] != null && ready.test(seen[0]);
        });
        return seen[0];
    }

    protected JsonNode awaitSale(String token, String saleId) {
        return awaitSale(token, saleId, s -> true);
    }

    /** Every sale of the shop in list order, walking the pages; {@code query} like "from=2026-11-01". */
    protected List<JsonNode> listAll(String token, String query) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get(SALES + "?limit=200" + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().path("sales").forEach(all::add);
            cursor = page.text("nextCursor");
        } while (cursor != null && ++pages < 50);
        return all;
    }

    protected List<String> listedIds(String token) {
        Api.Response page = api.get(SALES + "?limit=200", token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return texts(page.body().path("sales"), "id");
    }

    protected Api.Response issueInvoice(String token, String saleId) {
        return api.post(SALES + "/" + saleId + "/gst-invoice", token, Map.of());
    }

    protected JsonNode invoice(String token, String saleId) {
        Api.Response issued = issueInvoice(token, saleId);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.body();
    }

    protected Api.Response returnGoods(String token, String saleId, String itemId, String quantity, String reason) {
        return api.post(SALES + "/" + saleId + "/returns", token,
                Map.of("lines", List.of(line(itemId, quantity)), "reason", reason));
    }

    // ---- dates ------------------------------------------------------------------------------------------------------

    static LocalDate today() {
        return LocalDate.now(SHOP_ZONE);
    }

    /** "2026-27" for a date from 1 April 2026 to 31 March 2027. */
    static String financialYear(LocalDate date) {
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d-%02d", start, (start + 1) % 100);
    }

    /** "26-27", as document numbers print the year. */
    static String shortYear(LocalDate date) {
        String fy = financialYear(date);
        return fy.substring(2, 4) + "-" + fy.substring(5, 7);
    }

    // ---- PDFs and raw HTTP --------------------------------------------------------------------------------------------

    /** An answer as bytes; {@code json} is the parsed body when the server answered JSON. */
    record Binary(int status, String contentType, byte[] bytes, JsonNode json) {
        String code() {
            return json.path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (json == null || json.isNull() ? bytes.length + " bytes" : json);
        }
    }

    /** A GET of {@code pathOrUrl} (a path on this server, or an absolute URL) accepting a PDF or a problem. */
    protected Binary getPdf(String pathOrUrl, String token) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/pdf, application/problem+json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") ? Api.JSON.readTree(response.body()) : NullNode.getInstance();
            return new Binary(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text with runs of white space made single spaces, so that wrapped phrases still match. */
    static String pdfText(Binary pdf) {
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).as(pdf.toString()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertPdfProblem(Binary answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
    }

    // ---- racing -----------------------------------------------------------------------------------------------------

    /** Runs {@code count} calls on {@code threads} threads, started together; answers in call order. */
    static <T> List<T> concurrently(int threads, int count, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static ConditionFactory await10() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10));
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    static List<String> texts(List<JsonNode> nodes, String field) {
        return nodes.stream().map(n -> n.path(field).asText()).toList();
    }
}
