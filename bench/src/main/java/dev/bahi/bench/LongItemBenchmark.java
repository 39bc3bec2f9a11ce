package dev.bahi.bench;

import static dev.bahi.bench.StoreGrowthBenchmark.expect;
import static dev.bahi.bench.StoreGrowthBenchmark.log;
import static dev.bahi.bench.StoreGrowthBenchmark.post;
import static dev.bahi.bench.StoreGrowthBenchmark.seconds;

import dev.bahi.bench.StoreGrowthBenchmark.Answer;
import dev.bahi.bench.StoreGrowthBenchmark.Shop;
import dev.bahi.bench.StoreGrowthBenchmark.Stats;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.Unit;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command latency on one item whose history is already long: for each history length N, an item gets N stock
 * movements (appended through Axon's storage engine, as the item itself would have written them), then sales
 * of one unit go through {@code POST /api/v1/items/{id}/stock-movements} over HTTP. The first sale loads the
 * whole history (no snapshot yet) and triggers a snapshot; the timed sales after it load the snapshot and the
 * few events since. Run: {@code java -jar bench/target/bahi-bench.jar long-item [1000,10000,100000]}.
 */
final class LongItemBenchmark {
    static final List<Integer> DEFAULT_SIZES = List.of(0, 1_000, 10_000, 100_000);
    static final int WARMUP = 30;
    static final int SAMPLES = Integer.getInteger("bench.long-item-samples", 300);
    static final int APPEND_BATCH = 1_000;
    static final Duration EVENT_SPACING = Duration.ofSeconds(2);
    static final Duration SNAPSHOT_WAIT = Duration.ofSeconds(120);

    record Result(int history, double appendSeconds, double firstSaleMs, double snapshotSeconds, Stats sales,
                  long snapshots) {
    }

    private LongItemBenchmark() {
    }

    static void run(String[] args) throws Exception {
        System.out.println(measure(args.length == 0 ? DEFAULT_SIZES : StoreGrowthBenchmark.sizes(args[0])));
    }

    /** Measures each size on one item of a new shop in a fresh store; the report as Markdown. */
    static String measure(List<Integer> sizes) throws Exception {
        Path dataDir = Files.createTempDirectory("bahi-bench-long-item");
        log("data in " + dataDir);
        ConfigurableApplicationContext context = BenchApplication.start(dataDir);
        List<Result> results = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            StoreGrowthBenchmark.awaitProcessorsReady(context);
            Shop shop = StoreGrowthBenchmark.signUp(base);
            String tenantId = tenantOf(base, shop);
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            for (int size : sizes) {
                results.add(measure(context, base, shop, tenantId, engine, size));
            }
        } finally {
            context.close();
        }
        return report(results);
    }

    private static Result measure(ConfigurableApplicationContext context, String base, Shop shop, String tenantId,
                                  EventStorageEngine engine, int size) throws Exception {
        log(String.format(Locale.ROOT, "== an item with %,d movements", size));
        String itemId = createItem(base, shop, size);
        List<StreamingEventProcessor> processors = StoreGrowthBenchmark.streamingProcessors(context);
        StoreGrowthBenchmark.shutDownAll(processors);
        long t = System.nanoTime();
        fill(engine, tenantId, itemId, size);
        double appendSeconds = seconds(System.nanoTime() - t);
        StoreGrowthBenchmark.startAtHead(processors, context.getBean(TokenStore.class), engine.createHeadToken());
        log(String.format(Locale.ROOT, "appended %,d movements in %.1f s", size, appendSeconds));

        var axonMongo = context.getBean(org.axonframework.extensions.mongo.MongoTemplate.class);
        long snapshotsBefore = axonMongo.snapshotCollection().countDocuments();
        t = System.nanoTime();
        sell(base, shop, itemId);
        double firstMs = (System.nanoTime() - t) / 1e6;
        log(String.format(Locale.ROOT, "first sale (loads the whole history): %.1f ms", firstMs));
        t = System.nanoTime();
        long deadline = t + SNAPSHOT_WAIT.toNanos();
        boolean expectSnapshot = size >= 100;
        while (expectSnapshot && axonMongo.snapshotCollection().countDocuments(
                new org.bson.Document("aggregateIdentifier", itemId)) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double snapshotSeconds = expectSnapshot ? seconds(System.nanoTime() - t) : Double.NaN;
        for (int i = 0; i < WARMUP; i++) {
            sell(base, shop, itemId);
        }
        List<Long> nanos = new ArrayList<>(SAMPLES);
        long loop = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) {
            long s = System.nanoTime();
            sell(base, shop, itemId);
            nanos.add(System.nanoTime() - s);
        }
        Stats sales = Stats.of(nanos, System.nanoTime() - loop);
        log("sales: " + sales);
        return new Result(size, appendSeconds, firstMs, snapshotSeconds, sales,
                axonMongo.snapshotCollection().countDocuments() - snapshotsBefore);
    }

    private static String tenantOf(String base, Shop shop) {
        Answer me = StoreGrowthBenchmark.get(base, "/api/v1/users/me", shop.accessToken());
        expect(me, 200, "me");
        return me.body().path("tenantId").asText();
    }

    private static String createItem(String base, Shop shop, int size) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", "LONG-" + size + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT));
        item.put("name", "Sugar (loose), " + size + " movements");
        item.put("hsn", "1701");
        item.put("gstRate", "5");
        item.put("unit", "KG");
        item.put("salePrice", "46.00");
        item.put("purchasePrice", "41.50");
        Answer created = post(base, "/api/v1/items", shop.accessToken(), item);
        expect(created, 201, "item");
        return created.body().path("id").asText();
    }

    private static void sell(String base, Shop shop, String itemId) {
        expect(post(base, "/api/v1/items/" + itemId + "/stock-movements", shop.accessToken(),
                Map.of("kind", "SALE", "quantity", "0.25")), 201, "sale");
    }

    /**
     * The item's own events, as it would have written them: goods received, 1 KG at a time, each with the
     * running balance, timestamps in the past 2 s apart (one event per look-back window of the tracking token).
     */
    private static void fill(EventStorageEngine engine, String tenantId, String itemId, int size) {
        Instant first = Instant.now().minus(EVENT_SPACING.multipliedBy(size + 10L));
        List<EventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        for (int i = 1; i <= size; i++) {
            Instant at = first.plus(EVENT_SPACING.multipliedBy(i));
            StockMovementRecorded payload = new StockMovementRecorded(tenantId, itemId, UUID.randomUUID().toString(),
                    i, StockMovementKind.RECEIVED, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(i), Unit.KG, 4150L,
                    "Bench Distributors", "bill " + i, null, at);
            Map<String, Object> metadata = Map.of("tenantId", tenantId, "traceId", UUID.randomUUID().toString());
            batch.add(new GenericDomainEventMessage<>("InventoryItem", itemId, i, payload, metadata,
                    UUID.randomUUID().toString(), at));
            if (batch.size() == APPEND_BATCH || i == size) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
    }

    static String report(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("## Long aggregate: one item with a long stock history\n\n");
        out.append(StoreGrowthBenchmark.machine()).append("\n\n");
        out.append("| Movements already on the item | First sale, no snapshot (ms) | Snapshot written after (s) "
                + "| Sale p50 / p95 / p99 (ms) | Sales/s, one client |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %,d | %.1f | %s | %.1f / %.1f / %.1f | %.0f |%n", r.history(),
                    r.firstSaleMs(), Double.isNaN(r.snapshotSeconds()) ? "—" : String.format(Locale.ROOT, "%.1f",
                            r.snapshotSeconds()), r.sales().p50(), r.sales().p95(), r.sales().p99(),
                    r.sales().perSecond()));
        }
        return out.toString();
    }
}
