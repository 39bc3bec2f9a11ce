package dev.bahi.bench;

import static dev.bahi.bench.StoreGrowthBenchmark.expect;
import static dev.bahi.bench.StoreGrowthBenchmark.log;

import dev.bahi.bench.StoreGrowthBenchmark.Answer;
import dev.bahi.bench.StoreGrowthBenchmark.Shop;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.Unit;
import dev.bahi.queryprojections.adapter.out.persistence.MongoAuditTrail;
import dev.bahi.queryprojections.application.AuditTrailProjection;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit trail of one shop with a long history: N events (default 100,000) are appended for the shop through
 * Axon's storage engine (stock movements on N/10 items, 10 each, 2 s apart in the past), the audit projection
 * records them from the tail of the stream, then the whole NDJSON export is streamed and the chain verified against
 * the event store over HTTP. Heap is sampled every 20 ms during each phase (run with e.g. {@code -Xmx256m}). Run:
 * {@code java -Xmx256m -jar bench/target/bahi-bench.jar audit [100000]}.
 */
final class AuditBenchmark {
    static final int DEFAULT_EVENTS = 100_000;
    static final int APPEND_BATCH = 1_000;
    static final int EVENTS_PER_ITEM = 10;
    static final Duration EVENT_SPACING = Duration.ofSeconds(2);
    static final Duration PROJECTION_LIMIT = Duration.ofMinutes(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Phase(String name, long events, double seconds, long peakHeapBytes) {
        double perSecond() {
            return events / Math.max(seconds, 1e-9);
        }
    }

    private AuditBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int events = args.length == 0 ? DEFAULT_EVENTS : Integer.parseInt(args[0].trim());
        Path dataDir = Files.createTempDirectory("bahi-bench-audit");
        log("data in " + dataDir);
        ConfigurableApplicationContext context = BenchApplication.start(dataDir);
        List<Phase> phases = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            StoreGrowthBenchmark.awaitProcessorsReady(context);
            Shop shop = StoreGrowthBenchmark.signUp(base);
            Answer me = StoreGrowthBenchmark.get(base, "/api/v1/users/me", shop.accessToken());
            expect(me, 200, "me");
            String tenantId = me.body().path("tenantId").asText();
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            TokenStore tokens = context.getBean(TokenStore.class);
            MongoAuditTrail trail = context.getBean(MongoAuditTrail.class);
            long before = trail.head(tenantId).map(h -> h.position()).orElse(0L);

            List<StreamingEventProcessor> processors = StoreGrowthBenchmark.streamingProcessors(context);
            StoreGrowthBenchmark.shutDownAll(processors);
            long fillStart = System.nanoTime();
            fill(engine, tenantId, events);
            double fillSeconds = seconds(fillStart);
            log(String.format(Locale.ROOT, "appended %,d events in %.1f s", events, fillSeconds));
            List<StreamingEventProcessor> others = processors.stream()
                    .filter(p -> !p.getName().equals(AuditTrailProjection.PROCESSING_GROUP)).toList();
            StoreGrowthBenchmark.startAtHead(others, tokens, engine.createHeadToken());
            // the audit trail records the whole history: a plain tail token (no replay token, see README)
            StreamingEventProcessor audit = processors.stream()
                    .filter(p -> p.getName().equals(AuditTrailProjection.PROCESSING_GROUP)).findFirst().orElseThrow();
            trail.clear();
            for (int segment : tokens.fetchSegments(audit.getName())) {
                tokens.storeToken(engine.createTailToken(), audit.getName(), segment);
            }
            long expected = before + events;
            long projectStart = System.nanoTime();
            phases.add(measured("projection (record + chain)", () -> {
                audit.start();
                long deadline = System.nanoTime() + PROJECTION_LIMIT.toNanos();
                long position = 0;
                while (position < expected && System.nanoTime() < deadline) {
                    sleep(500);
                    position = trail.head(tenantId).map(h -> h.position()).orElse(0L);
                }
                log(String.format(Locale.ROOT, "audit trail at %,d of %,d after %.1f s", position, expected,
                        seconds(projectStart)));
                return position;
            }));
            phases.add(measured("NDJSON export over HTTP", () -> export(base, shop.accessToken())));
            phases.add(measured("verify over HTTP", () -> verify(base, shop.accessToken())));
        } finally {
            context.close();
        }
        String report = report(events, phases);
        System.out.println(report);
        Path results = Path.of("bench", "results");
        if (Files.isDirectory(results)) {
            Files.writeString(results.resolve(LocalDate.now() + "-audit.md"), report);
        }
    }

    /** Runs {@code phase}, which answers how many events it handled, sampling the heap every 20 ms. */
    private static Phase measured(String name, LongSupplier phase) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                sleep(20);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long events = phase.getAsLong();
        double secs = seconds(start);
        running.set(false);
        Phase result = new Phase(name, events, secs, peak.get());
        log(String.format(Locale.ROOT, "%s: %,d events in %.1f s (%,.0f/s), peak heap %d MiB", name, events, secs,
                result.perSecond(), peak.get() >> 20));
        return result;
    }

    private static long export(String base, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/audit/events"))
                .header("Accept", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(30)).GET().build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("export answered " + response.statusCode());
            }
            long lines = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    lines++;
                }
            }
            return lines;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long verify(String base, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/audit/verify"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(30)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            if (response.statusCode() != 200 || !body.path("verified").asBoolean()) {
                throw new IllegalStateException("verify answered " + response.statusCode() + " " + response.body());
            }
            return body.path("entries").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stock received on N/10 items, ten movements each, with the metadata real events carry. */
    private static void fill(EventStorageEngine engine, String tenantId, int size) {
        Instant first = Instant.now().minus(EVENT_SPACING.multipliedBy(size + 10L));
        List<EventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        String itemId = null;
        String userId = UUID.randomUUID().toString();
        for (int i = 0; i < size; i++) {
            if (i % EVENTS_PER_ITEM == 0) {
                itemId = UUID.randomUUID().toString();
            }
            long sequence = i % EVENTS_PER_ITEM;
            Instant at = first.plus(EVENT_SPACING.multipliedBy(i));
            StockMovementRecorded payload = new StockMovementRecorded(tenantId, itemId, UUID.randomUUID().toString(),
                    sequence + 1, StockMovementKind.RECEIVED, BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.valueOf(sequence + 1), Unit.KG, 4150L, "Bench Distributors", "bill " + i, null, at);
            Map<String, Object> metadata = Map.of("tenantId", tenantId, "userId", userId,
                    "traceId", UUID.randomUUID().toString().replace("-", ""));
            batch.add(new GenericDomainEventMessage<>("InventoryItem", itemId, sequence, payload, metadata,
                    UUID.randomUUID().toString(), at));
            if (batch.size() == APPEND_BATCH || i == size - 1) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
    }

    static String report(int events, List<Phase> phases) {
        StringBuilder out = new StringBuilder();
        out.append("## Audit trail: ").append(String.format(Locale.ROOT, "%,d", events))
                .append(" events of one shop\n\n");
        out.append("Max heap: ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
                .append(System.getProperty("java.version")).append("\n\n");
        out.append("| Phase | Events | Seconds | Events/s | Peak heap used (MiB) |\n|---|---:|---:|---:|---:|\n");
        for (Phase p : phases) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %d |%n", p.name(), p.events(),
                    p.seconds(), p.perSecond(), p.peakHeapBytes() >> 20));
        }
        return out.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
