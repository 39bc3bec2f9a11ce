package dev.bahi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.DeviceRegistered;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the embedded store behaves as it grows. For each size N (default 1k, 10k, 20k, 50k, 100k events) it starts
 * the whole application on a fresh data directory, appends N synthetic {@link DeviceRegistered} events through
 * the {@link EventStorageEngine} (tracking processors stopped, then restarted at the head), then times real commands
 * over loopback HTTP with real JWTs (device registration, signup), the tracking lag, the store file size, and
 * at the largest size a cold restart of a new JVM on the same data directory. Prints Markdown tables.
 *
 * <p>Every loop is bounded in count and in time; a size that the time budget cannot cover is cut with a note.
 * Usage: {@code java -jar bench/target/bahi-bench.jar [sizes in the order to run them, e.g. 1000,10000,50000]};
 * {@code -Dbench.budget-minutes=25} bounds the whole run (default 25); {@code -Dbench.replay=true} lets the
 * tracking processors replay the filled history and reports how long that takes. See bench/README.md.
 */
public final class StoreGrowthBenchmark {
    private static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 20_000, 50_000, 100_000);
    private static final Duration BUDGET = Duration.ofMinutes(Long.getLong("bench.budget-minutes", 25));

    private static final int WARMUP_SIZE = 200;
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 4);
    private static final int DEVICE_WARMUP = 30;
    private static final int DEVICE_SAMPLES = Integer.getInteger("bench.device-samples", 300);
    private static final Duration DEVICE_TIME = Duration.ofSeconds(90);
    private static final int SIGNUP_WARMUP = 3;
    private static final Duration WARMUP_TIME = Duration.ofSeconds(60);
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(Long.getLong("bench.idle-seconds", 10));
    private static final int SIGNUP_SAMPLES = Integer.getInteger("bench.signup-samples", 20);
    private static final Duration SIGNUP_TIME = Duration.ofSeconds(60);
    private static final int LAG_SAMPLES = Integer.getInteger("bench.lag-samples", 30);
    private static final int SALE_SHOPS = Integer.getInteger("bench.sale-shops", 10);
    private static final int SALE_WARMUP = Integer.getInteger("bench.sale-warmup", 20);
    private static final int SALE_SAMPLES = Integer.getInteger("bench.sale-samples", 300);
    private static final Duration SALE_TIME = Duration.ofSeconds(90);
    private static final Duration LAG_TIME = Duration.ofSeconds(60);
    private static final Duration LAG_POLL = Duration.ofMillis(5);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(3);
    /**
     * With {@code -Dbench.replay=true} the tracking processors stay up during the fill and replay the synthetic
     * history (as a new or reset projection would); the time until they have caught up is reported.
     */
    private static final boolean REPLAY = Boolean.getBoolean("bench.replay");
    /** {@code -Dbench.cold-start=false} skips the two cold-start measurements (bench/run.sh --quick). */
    private static final boolean COLD_START = !"false".equals(System.getProperty("bench.cold-start"));
    private static final Duration REPLAY_LIMIT = Duration.ofMinutes(10);
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    /** Time kept for measuring a size (the measuring loops' own bounds, the lag loop, start and stop). */
    private static final Duration MEASURE_RESERVE = Duration.ofMinutes(5);

    /** Synthetic history: this many events per user aggregate, spread over this many shops, this far apart. */
    private static final int EVENTS_PER_AGGREGATE = 10;
    private static final int SHOPS = 50;
    private static final Duration EVENT_SPACING = Duration.ofSeconds(2);
    private static final int APPEND_BATCH = 1_000;

    private static final String PASSWORD = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String READY = "BENCH-READY";

    private StoreGrowthBenchmark() {
    }

    record Stats(int count, double p50, double p95, double p99, double mean, double perSecond) {
        static Stats of(List<Long> nanos, long loopNanos) {
            if (nanos.isEmpty()) {
                return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Stats(ms.length, rank(ms, 50), rank(ms, 95), rank(ms, 99), Arrays.stream(ms).average().orElseThrow(),
                    loopNanos > 0 ? ms.length / (loopNanos / 1e9) : Double.NaN);
        }

        /** Nearest-rank percentile. */
        private static double rank(double[] sorted, int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    record SizeResult(int size, long events, long snapshots, long storeBytes, double startSeconds,
                      double fillSeconds, double catchUpSeconds, Stats sales, Stats devices, Stats signups, Stats lag,
                      String note, Path dataDir, String shopEmail, double otherCores, double idleCores) {
    }

    record ColdStart(String label, double readySeconds, double springSeconds, double firstLoginMs) {
    }

    record Shop(String email, String accessToken) {
    }

    record Answer(int status, JsonNode body) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            if (args.length == 2 && args[0].equals("--serve")) {
                serve(Path.of(args[1]));
            } else if (args.length > 0 && args[0].equals("long-item")) {
                LongItemBenchmark.run(Arrays.copyOfRange(args, 1, args.length));
            } else if (args.length > 0 && BenchTool.COMMANDS.contains(args[0])) {
                BenchTool.run(args);
            } else if (args.length > 0 && args[0].equals("audit")) {
                AuditBenchmark.run(Arrays.copyOfRange(args, 1, args.length));
            } else {
                run(args);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // Axon leaves a non-daemon thread (axon-janitor) behind: end the JVM explicitly.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        if (Stream.of("MONGODB_URI", "SPRING_DATA_MONGODB_URI", "BAHI_MONGO_URI")
                .anyMatch(name -> System.getenv(name) != null && !System.getenv(name).isBlank())) {
            throw new IllegalStateException("This benchmark measures the embedded store: unset MONGODB_URI first.");
        }
        List<Integer> sizes = args.length > 0
                ? sizes(args[0])
                : DEFAULT_SIZES;
        long runStart = System.nanoTime();
        String machine = machine();
        log("machine: " + machine.replace("\n", "; "));
        log("sizes " + sizes + ", budget " + BUDGET.toMinutes() + " min" + (REPLAY
                ? ", tracking processors replay the fill" : ", tracking processors restarted at the head after the fill"));

        // Rounds that are not reported, so that the first reported size does not pay for JIT compilation: with
        // one round only, later sizes were still getting faster (see bench/README.md).
        for (int round = 1; round <= WARMUP_ROUNDS; round++) {
            log("warm-up round " + round + " of " + WARMUP_ROUNDS + " (not reported)");
            deleteTree(runSize(WARMUP_SIZE, System.nanoTime() + BUDGET.toNanos()).dataDir());
        }
        List<ColdStart> starts = new ArrayList<>();
        Path empty = Files.createTempDirectory("bahi-bench-empty-");
        try {
            if (COLD_START) {
                starts.add(coldStart("empty data directory", empty, null));
            }
        } finally {
            deleteTree(empty);
        }

        List<SizeResult> results = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        SizeResult largest = null; // the largest size measured so far: its data directory is kept for the restart
        SizeResult previous = null;
        try {
            for (int size : sizes) {
                long deadline = runStart + BUDGET.toNanos();
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                Duration estimate = estimate(previous, size);
                if (left.compareTo(MEASURE_RESERVE.plus(estimate)) < 0) {
                    String cut = String.format(Locale.ROOT, "%,d events: cut before starting: %d min of the %d min "
                            + "budget left, %s", size, left.toMinutes(), BUDGET.toMinutes(), estimate.isZero()
                            ? "too little to fill, catch up and measure"
                            : String.format(Locale.ROOT, "but filling alone would take about %d min (from the "
                                    + "previous size)", estimate.toMinutes()));
                    log(cut);
                    cuts.add(cut);
                    continue;
                }
                SizeResult result = runSize(size, deadline);
                results.add(result);
                if (result.note() != null) {
                    cuts.add(String.format(Locale.ROOT, "%,d events: %s", size, result.note()));
                    deleteTree(result.dataDir());
                } else if (largest == null || result.size() > largest.size()) {
                    if (largest != null) {
                        deleteTree(largest.dataDir());
                    }
                    largest = result;
                    previous = result;
                } else {
                    deleteTree(result.dataDir());
                    previous = result;
                }
            }
            if (largest != null && COLD_START) {
                starts.add(coldStart(String.format(Locale.ROOT, "%,d events", largest.events()), largest.dataDir(),
                        largest.shopEmail()));
            }
        } finally {
            if (largest != null) {
                deleteTree(largest.dataDir());
            }
        }
        String report = report(machine, results, starts, cuts, Duration.ofNanos(System.nanoTime() - runStart));
        System.out.println();
        System.out.println(report);
        // bench/run.sh --quick: the long-aggregate benchmark in this JVM, which saves starting another one
        String longItem = System.getProperty("bench.long-item");
        if (longItem != null) {
            Files.writeString(Path.of(System.getProperty("bench.long-item-out", "long-item.md")),
                    LongItemBenchmark.measure(sizes(longItem)) + "\n");
        }
    }

    /** Sizes given as {@code 1000,10000,…}. */
    static List<Integer> sizes(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    /** Time to fill at {@code size}, from the previous size (appending slows down as the store grows). */
    private static Duration estimate(SizeResult previous, int size) {
        if (previous == null) {
            return Duration.ZERO;
        }
        double ratio = (double) size / previous.size();
        return Duration.ofSeconds((long) (previous.fillSeconds() * ratio * 1.5));
    }

    /** One size on a fresh data directory, which is kept (closed) for the restart measurement. */
    private static SizeResult runSize(int size, long deadline) throws Exception {
        Path dataDir = Files.createTempDirectory("bahi-bench-" + size + "-");
        try {
            return runSize(size, dataDir, deadline);
        } catch (Exception | Error e) {
            deleteTree(dataDir);
            throw e;
        }
    }

    /** Fills until {@code deadline} less the measuring reserve; then measures (bounded too). */
    private static SizeResult runSize(int size, Path dataDir, long deadline) throws Exception {
        long fillDeadline = deadline - MEASURE_RESERVE.toNanos();
        log(String.format(Locale.ROOT, "== %,d events, data in %s", size, dataDir));
        long t = System.nanoTime();
        ConfigurableApplicationContext context = BenchApplication.start(dataDir);
        double startSeconds = seconds(System.nanoTime() - t);
        log(String.format(Locale.ROOT, "application started in %.1f s (in this JVM)", startSeconds));
        String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        Stats devices = Stats.of(List.of(), 0);
        Stats sales = devices;
        Stats signups = devices;
        Stats lag = devices;
        String note = null;
        double fillSeconds;
        Shop shop;
        double otherCores = Double.NaN;
        double idleCores = Double.NaN;
        double catchUpSeconds = Double.NaN;
        long events;
        long snapshots;
        try {
            List<StreamingEventProcessor> processors = streamingProcessors(context);
            awaitProcessorsReady(context);
            if (!REPLAY) {
                shutDownAll(processors);
            }
            t = System.nanoTime();
            EventStorageEngine engine = context.getBean(EventStorageEngine.class);
            int appended = fill(engine, size, fillDeadline);
            fillSeconds = seconds(System.nanoTime() - t);
            log(String.format(Locale.ROOT, "appended %,d events in %.1f s", appended, fillSeconds));
            if (!REPLAY) {
                startAtHead(processors, context.getBean(TokenStore.class), engine.createHeadToken());
            }

            t = System.nanoTime();
            shop = signUp(base);
            if (appended < size) {
                note = String.format(Locale.ROOT, "cut: only %,d events appended before the time budget ran out",
                        appended);
                log(note);
            } else if (awaitCaughtUp(context, base, shop, Math.min(fillDeadline, System.nanoTime()
                    + (REPLAY ? REPLAY_LIMIT : CATCH_UP_LIMIT).toNanos()))) {
                catchUpSeconds = seconds(System.nanoTime() - t);
                log(String.format(Locale.ROOT, "processors caught up, new shop's owner in the users read model %.1f s "
                        + "after the fill", catchUpSeconds));
                Cpu before = Cpu.now();
                shop = login(base, shop.email());
                // Commands go round-robin to many users (fewer than 100 events each, so no snapshot): what varies
                // is the store's size, not the length of one aggregate's history.
                List<Shop> owners = new ArrayList<>();
                long warm = System.nanoTime() + WARMUP_TIME.toNanos();
                for (int i = 0; i < SIGNUP_WARMUP && (i == 0 || System.nanoTime() < warm); i++) {
                    owners.add(signUp(base));
                }
                for (int i = 0; i < DEVICE_WARMUP && System.nanoTime() < warm; i++) {
                    registerDevice(base, owners.get(i % owners.size()), "bench-phone-" + (i % 3), "0.0." + i);
                }
                signups = timeSignups(base, owners);
                log("signup: " + signups);
                devices = timeDevices(base, owners);
                log("register device: " + devices);
                sales = timeSales(base, owners);
                log("counter sale: " + sales);
                lag = timeLag(base, shop, size);
                log("tracking lag: " + lag);
                otherCores = Cpu.now().otherCoresSince(before);
                Cpu idle = Cpu.now();
                Thread.sleep(IDLE_WINDOW.toMillis());
                idleCores = Cpu.now().ownCoresSince(idle);
                log(String.format(Locale.ROOT, "CPU of other processes while measuring: %.2f cores; "
                        + "this JVM's CPU while idle: %.2f cores", otherCores, idleCores));
            } else {
                note = String.format(Locale.ROOT, "cut: the tracking processors had not caught up %.0f min after "
                        + "the fill", seconds(System.nanoTime() - t) / 60);
                log(note);
            }
            MongoTemplate store = context.getBean(MongoTemplate.class);
            events = store.eventCollection().countDocuments();
            snapshots = store.snapshotCollection().countDocuments();
        } finally {
            t = System.nanoTime();
            context.close();
            log(String.format(Locale.ROOT, "closed in %.1f s", seconds(System.nanoTime() - t)));
        }
        long storeBytes = Files.size(dataDir.resolve("bahi-store.mv"));
        return new SizeResult(size, events, snapshots, storeBytes, startSeconds, fillSeconds,
                catchUpSeconds, sales, devices, signups, lag, note, dataDir, shop.email(), otherCores, idleCores);
    }

    // ---------------------------------------------------------------- filling

    /**
     * Appends {@code size} events of a real type ({@link DeviceRegistered}) for {@code size / 10} user aggregates
     * that the read models do not know (so the projections ignore them, as they ignore any update for an unknown
     * user), with realistic ids, push tokens and metadata, and timestamps in the past, 2 s apart (so that the
     * Mongo tracking token's 1 s look-back window holds one event, as in a shop's real history).
     */
    private static int fill(EventStorageEngine engine, int size, long deadline) {
        Random random = new Random(size);
        String[] shops = new String[SHOPS];
        for (int i = 0; i < SHOPS; i++) {
            shops[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        Instant first = Instant.now().minus(EVENT_SPACING.multipliedBy(size + 10L));
        List<EventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        String userId = null;
        String pushToken = null;
        for (int i = 0; i < size; i++) {
            int sequence = i % EVENTS_PER_AGGREGATE;
            if (sequence == 0) {
                userId = new UUID(random.nextLong(), random.nextLong()).toString();
                pushToken = token(random, 152);
            }
            String tenantId = shops[(i / EVENTS_PER_AGGREGATE) % SHOPS];
            Instant at = first.plus(EVENT_SPACING.multipliedBy(i));
            DeviceRegistered payload = new DeviceRegistered(userId, tenantId, "device-" + (sequence % 2),
                    sequence % 2 == 0 ? DevicePlatform.ANDROID : DevicePlatform.IOS, "1.4." + sequence, pushToken, at);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("tenantId", tenantId);
            metadata.put("userId", userId);
            metadata.put("traceId", token(random, 32).toLowerCase(Locale.ROOT));
            metadata.put("correlationId", UUID.randomUUID().toString());
            batch.add(new GenericDomainEventMessage<>("User", userId, sequence, payload, metadata,
                    UUID.randomUUID().toString(), at));
            if (batch.size() == APPEND_BATCH || i == size - 1) {
                engine.appendEvents(batch);
                batch.clear();
                if (System.nanoTime() > deadline) {
                    return i + 1;
                }
            }
        }
        return size;
    }

    private static String token(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    static List<StreamingEventProcessor> streamingProcessors(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /** Shuts the processors down together: one after the other, each waits for its worker to notice. */
    static void shutDownAll(List<StreamingEventProcessor> processors) {
        CompletableFuture.allOf(processors.stream().map(EventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Restarts the tracking processors (stopped during the fill) at the head of the stream, as if they had
     * followed the synthetic history live: their handlers ignore it anyway. Letting them catch up by replaying
     * it instead measures a known Axon 4.13 / axon-mongo defect, not the store: during a replay every replayed
     * event id is added to the MongoTrackingToken (AxonFramework#4453), so the token is rewritten ever larger
     * after every event (see bench/README.md).
     */
    static void startAtHead(List<StreamingEventProcessor> processors, TokenStore tokens, TrackingToken head) {
        for (StreamingEventProcessor processor : processors) {
            int[] segments = tokens.fetchSegments(processor.getName());
            if (segments.length == 0) {
                tokens.initializeTokenSegments(processor.getName(), 1, head);
            }
            for (int segment : segments) {
                tokens.storeToken(head, processor.getName(), segment);
            }
            processor.start();
        }
    }

    /**
     * Until the new shop's owner is in the users read model and every streaming processor reports itself caught
     * up; bounded.
     */
    private static boolean awaitCaughtUp(ConfigurableApplicationContext context, String base, Shop shop,
                                         long deadline) throws InterruptedException {
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean visible = false;
        while (System.nanoTime() < deadline) {
            visible = visible || get(base, "/api/v1/users/me", shop.accessToken()).status() == 200;
            String behind = processorsBehind(context.getBean(EventProcessingConfiguration.class));
            if (visible && behind.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > nextReport) {
                log("still catching up: " + (visible ? "" : "identity.users (owner not visible yet) ") + behind);
                nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Until the processors have claimed their segments and read the (empty) store: bounded. */
    static void awaitProcessorsReady(ConfigurableApplicationContext context) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String behind = processorsBehind(context.getBean(EventProcessingConfiguration.class));
        while (!behind.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("tracking processors not ready 60 s after start: " + behind);
            }
            Thread.sleep(100);
            behind = processorsBehind(context.getBean(EventProcessingConfiguration.class));
        }
    }

    /** The streaming processors that are not running, not caught up or in error, and why; empty when none. */
    private static String processorsBehind(EventProcessingConfiguration processing) {
        List<String> behind = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                var status = streaming.processingStatus();
                String why = !streaming.isRunning() ? "not running"
                        : status.isEmpty() ? "no segment claimed"
                        : status.values().stream().filter(s -> s.isErrorState()).findFirst()
                                .map(s -> "error: " + s.getError()).orElse(
                                        status.values().stream().allMatch(s -> s.isCaughtUp()) ? null : "catching up");
                if (why != null) {
                    behind.add(processor.getName() + " (" + why + ")");
                }
            }
        }
        return String.join(", ", behind);
    }

    // ---------------------------------------------------------------- measuring

    /** Device registrations, one user after the other, fewer than 100 events per user (see runSize). */
    private static Stats timeDevices(String base, List<Shop> owners) {
        List<Long> samples = new ArrayList<>();
        int limit = Math.min(DEVICE_SAMPLES, 80 * owners.size());
        long start = System.nanoTime();
        long deadline = start + DEVICE_TIME.toNanos();
        for (int i = 0; i < limit && System.nanoTime() < deadline; i++) {
            Shop owner = owners.get(i % owners.size());
            long t = System.nanoTime();
            registerDevice(base, owner, "bench-phone-" + (i / owners.size() % 3), "1.0." + i);
            samples.add(System.nanoTime() - t);
        }
        return Stats.of(samples, System.nanoTime() - start);
    }

    /**
     * Scenario 1 of bench/run.sh with one client: a 3-line counter sale with stock issue and cash payment, round-robin
     * over up to {@value #SALE_SHOPS} shops, each with 3 stocked items of its own (a few dozen movements per item by
     * the end: no snapshot, so what varies is the store's size).
     */
    private static Stats timeSales(String base, List<Shop> owners) {
        List<Shop> shops = owners.subList(0, Math.min(SALE_SHOPS, owners.size()));
        List<List<String>> catalogues = new ArrayList<>();
        for (Shop shop : shops) {
            catalogues.add(stockedItems(base, shop));
        }
        for (int i = 0; i < SALE_WARMUP; i++) {
            sell(base, shops.get(i % shops.size()), catalogues.get(i % shops.size()));
        }
        List<Long> samples = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + SALE_TIME.toNanos();
        for (int i = 0; i < SALE_SAMPLES && System.nanoTime() < deadline; i++) {
            long t = System.nanoTime();
            sell(base, shops.get(i % shops.size()), catalogues.get(i % shops.size()));
            samples.add(System.nanoTime() - t);
        }
        return Stats.of(samples, System.nanoTime() - start);
    }

    /** Three items of the shop's catalogue with ample stock received. */
    private static List<String> stockedItems(String base, Shop shop) {
        List<String> ids = new ArrayList<>();
        String[][] goods = {{"Aashirvaad Atta 5kg", "1101", "5", "245.00"}, {"Tata Salt 1kg", "2501", "0", "28.00"},
                {"Surf Excel 1kg", "3402", "18", "135.00"}};
        for (String[] good : goods) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", "GROW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
            item.put("name", good[0]);
            item.put("hsn", good[1]);
            item.put("gstRate", good[2]);
            item.put("unit", "PCS");
            item.put("salePrice", good[3]);
            Answer created = post(base, "/api/v1/items", shop.accessToken(), item);
            expect(created, 201, "item");
            String id = created.body().path("id").asText();
            expect(post(base, "/api/v1/items/" + id + "/stock-movements", shop.accessToken(),
                    Map.of("kind", "RECEIVED", "quantity", "100000")), 201, "goods received");
            ids.add(id);
        }
        return ids;
    }

    private static void sell(String base, Shop shop, List<String> items) {
        expect(post(base, "/api/v1/sales", shop.accessToken(), counterSale(items)), 201, "sale");
    }

    /** The body of scenario 1's counter sale (as in the Gatling simulation): 1, 2 and 1 of three items, cash. */
    static Map<String, Object> counterSale(List<String> items) {
        return Map.of("lines", List.of(
                Map.of("itemId", items.get(0), "quantity", "1"), Map.of("itemId", items.get(1), "quantity", "2"),
                Map.of("itemId", items.get(2), "quantity", "1")), "payment", Map.of("mode", "CASH"));
    }

    /** Signups of new shops (each: tenant and owner commands, a password hash, tokens); adds them to owners. */
    private static Stats timeSignups(String base, List<Shop> owners) {
        List<Long> samples = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + SIGNUP_TIME.toNanos();
        for (int i = 0; i < SIGNUP_SAMPLES && System.nanoTime() < deadline; i++) {
            long t = System.nanoTime();
            Shop shop = signUp(base);
            samples.add(System.nanoTime() - t);
            owners.add(shop);
        }
        return Stats.of(samples, System.nanoTime() - start);
    }

    /** From a device registration's 201 to the first GET /users/me that shows it (polled every 5 ms). */
    private static Stats timeLag(String base, Shop shop, int size) throws InterruptedException {
        List<Long> samples = new ArrayList<>();
        long deadline = System.nanoTime() + LAG_TIME.toNanos();
        for (int i = 0; i < LAG_SAMPLES && System.nanoTime() < deadline; i++) {
            String version = "lag." + size + "." + i;
            registerDevice(base, shop, "bench-lag", version);
            long stored = System.nanoTime();
            long giveUp = stored + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < giveUp) {
                Answer me = get(base, "/api/v1/users/me", shop.accessToken());
                boolean seen = me.status() == 200 && Stream.of(me.body().path("devices"))
                        .flatMap(devices -> StreamSupport.stream(devices.spliterator(), false))
                        .anyMatch(d -> d.path("deviceId").asText().equals("bench-lag")
                                && d.path("appVersion").asText().equals(version));
                if (seen) {
                    samples.add(System.nanoTime() - stored);
                    break;
                }
                Thread.sleep(LAG_POLL.toMillis());
            }
        }
        return Stats.of(samples, 0);
    }

    // ---------------------------------------------------------------- restart in a new JVM

    /** A new JVM on {@code dataDir}: time until the application answers HTTP, then one login. */
    private static ColdStart coldStart(String label, Path dataDir, String email) throws Exception {
        String classPath = System.getProperty("java.class.path");
        String javaCommand = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                ? List.of(javaCommand, "-jar", classPath, "--serve", dataDir.toString())
                : List.of(javaCommand, "-cp", classPath, StoreGrowthBenchmark.class.getName(), "--serve", dataDir.toString());
        long t = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process has ended
            }
        }, "bench-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = t + START_LIMIT.toNanos();
            List<String> output = new ArrayList<>();
            String ready = null;
            while (ready == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(READY)) {
                    ready = line;
                } else if (line != null) {
                    output.add(line);
                } else if (!process.isAlive()) {
                    break;
                }
            }
            if (ready == null) {
                output.forEach(line -> System.err.println("  [restarted app] " + line));
                throw new IllegalStateException("the restarted application did not start within " + START_LIMIT);
            }
            double readySeconds = seconds(System.nanoTime() - t);
            String[] fields = ready.split(" ");
            String base = "http://127.0.0.1:" + fields[1];
            double springSeconds = Long.parseLong(fields[2]) / 1000.0;
            double loginMs = Double.NaN;
            if (email != null) {
                long l = System.nanoTime();
                login(base, email);
                loginMs = (System.nanoTime() - l) / 1e6;
            }
            ColdStart result = new ColdStart(label, readySeconds, springSeconds, loginMs);
            log(String.format(Locale.ROOT, "cold start on %s: HTTP ready after %.1f s (Spring context %.1f s), "
                    + "first login %.0f ms", label, readySeconds, springSeconds, loginMs));
            return result;
        } finally {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Child mode: start on {@code dataDir}, say where, stop when standard input closes (at most 15 min). */
    private static void serve(Path dataDir) throws Exception {
        long t = System.nanoTime();
        ConfigurableApplicationContext context = BenchApplication.start(dataDir);
        long springMillis = (System.nanoTime() - t) / 1_000_000;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println(READY + " " + port + " " + springMillis + " "
                + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // wait for the parent to close our input
                }
            } catch (IOException ignored) {
                // closed
            }
        });
        stdin.setDaemon(true);
        stdin.start();
        stdin.join(TimeUnit.MINUTES.toMillis(15));
        context.close();
    }

    // ---------------------------------------------------------------- the HTTP API

    static Shop signUp(String base) {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 12) + "@shop.example";
        Map<String, Object> business = new LinkedHashMap<>();
        business.put("name", "Bench Kirana");
        business.put("legalName", "Bench Kirana Traders");
        business.put("gstRegistration", "REGULAR");
        business.put("gstin", "27AAPFU0939F1ZV");
        business.put("stateCode", "27");
        business.put("address", Map.of("line1", "12 MG Road", "city", "Pune", "pincode", "411001"));
        business.put("phone", "+919812345678");
        business.put("upiId", "shop@okicici");
        Map<String, Object> owner = Map.of("name", "Ravi Sharma", "email", email, "password", PASSWORD);
        Answer answer = post(base, "/api/v1/signup", null, Map.of("business", business, "owner", owner));
        expect(answer, 201, "signup");
        return new Shop(email, answer.body().path("accessToken").asText());
    }

    private static Shop login(String base, String email) {
        Answer answer = post(base, "/api/v1/auth/login", null, Map.of("login", email, "password", PASSWORD));
        expect(answer, 200, "login");
        return new Shop(email, answer.body().path("accessToken").asText());
    }

    private static void registerDevice(String base, Shop shop, String deviceId, String appVersion) {
        Answer answer = post(base, "/api/v1/users/me/devices", shop.accessToken(), Map.of("deviceId", deviceId,
                "platform", "ANDROID", "appVersion", appVersion, "pushToken", "fcm-" + deviceId + "-token"));
        expect(answer, 201, "device registration");
    }

    static void expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + " " + answer.body());
        }
    }

    static Answer get(String base, String path, String token) {
        return send(request(base, path, token).GET());
    }

    static Answer post(String base, String path, String token, Object body) {
        try {
            return send(request(base, path, token)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder request(String base, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank()
                    ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- facts and the report

    /** CPU time of the whole machine ({@code /proc/stat}, busy ticks) and of this JVM, at one moment. */
    record Cpu(long busyTicks, long ownNanos, long wallNanos) {
        private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

        static Cpu now() {
            long busy = -1;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                    busy += Long.parseLong(f[i]);
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: "others" stays unknown
            }
            long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Cpu(busy, own, System.nanoTime());
        }

        /** Cores that other processes kept busy since {@code start}: the measurements' background noise. */
        double otherCoresSince(Cpu start) {
            if (busyTicks < 0 || start.busyTicks < 0) {
                return Double.NaN;
            }
            double busy = (busyTicks - start.busyTicks) / TICKS_PER_SECOND;
            return Math.max(0, busy - (ownNanos - start.ownNanos) / 1e9) / ((wallNanos - start.wallNanos) / 1e9);
        }

        /** Cores this JVM used since {@code start}. */
        double ownCoresSince(Cpu start) {
            return (ownNanos - start.ownNanos) / 1e9 / ((wallNanos - start.wallNanos) / 1e9);
        }
    }

    static String machine() {
        String cpu = "?";
        String memory = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave "?"
        }
        return String.format(Locale.ROOT, "%d CPUs (%s), %s memory, %s %s %s (max heap %d MiB), %s %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024, System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    private static String report(String machine, List<SizeResult> results, List<ColdStart> starts,
                                 List<String> cuts, Duration took) {
        StringBuilder md = new StringBuilder();
        md.append(REPLAY ? "Mode: -Dbench.replay=true (processors replay the synthetic history).\n\n" : "")
                .append("Machine: ").append(machine).append(". Run took ").append(took.toMinutes()).append(" min ")
                .append(took.toSecondsPart()).append(" s.\n\n");
        md.append("| Events in store (synthetic + written by the run) | Counter sale n | p50 ms | p95 ms | p99 ms "
                + "| mean ms | sales/s (one client) |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            Stats c = r.sales();
            md.append(String.format(Locale.ROOT, "| %,d (%,d + %,d) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
                    r.events(), r.size(), r.events() - r.size(), c.count(), c.p50(), c.p95(), c.p99(), c.mean(),
                    c.perSecond()));
        }
        md.append("\n| Events in store (synthetic + written by the run) | RegisterDevice n | p50 ms | p95 ms | p99 ms | mean ms | commands/s "
                + "| Signup n | p50 ms | p95 ms | p99 ms | mean ms | Tracking lag n | p50 ms | p95 ms "
                + "| Other processes' CPU (cores) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            Stats d = r.devices();
            Stats s = r.signups();
            Stats l = r.lag();
            md.append(String.format(Locale.ROOT, "| %,d (%,d + %,d) | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.0f "
                    + "| %.0f | %.0f | %.0f | %d | %.0f | %.0f | %.2f |\n", r.events(), r.size(), r.events() - r.size(), d.count(), d.p50(), d.p95(), d.p99(),
                    d.mean(), d.perSecond(), s.count(), s.p50(), s.p95(), s.p99(), s.mean(), l.count(), l.p50(),
                    l.p95(), r.otherCores()));
        }
        md.append("\n| Events in store | Snapshots | Store file | Bytes/event | Bytes/event added since the row above "
                + "| Fill: synthetic events | Fill (s) "
                + "| Fill events/s | " + (REPLAY ? "Processors replayed the fill after (s)" : "Read model current after (s)")
                + " | App CPU when idle (cores) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        SizeResult above = null;
        for (SizeResult r : results) {
            String added = above == null || r.events() <= above.events() ? "-" : String.format(Locale.ROOT, "%,d",
                    (r.storeBytes() - above.storeBytes()) / (r.events() - above.events()));
            md.append(String.format(Locale.ROOT, "| %,d | %d | %.1f MiB | %,d | %s | %,d | %.1f | %,.0f | %.1f | %.2f |\n",
                    r.events(), r.snapshots(), r.storeBytes() / 1024.0 / 1024.0,
                    r.events() == 0 ? 0 : r.storeBytes() / r.events(), added, r.size(), r.fillSeconds(),
                    r.size() / r.fillSeconds(), r.catchUpSeconds(), r.idleCores()));
            above = r;
        }
        if (!starts.isEmpty()) {
            md.append("\n| Cold start (new JVM) on | HTTP ready (s) | Spring context (s) | First login (ms) |\n");
            md.append("|---|---:|---:|---:|\n");
        }
        for (ColdStart c : starts) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |\n", c.label(), c.readySeconds(),
                    c.springSeconds(), Double.isNaN(c.firstLoginMs()) ? "-" : String.format(Locale.ROOT, "%.0f",
                            c.firstLoginMs())));
        }
        if (!cuts.isEmpty()) {
            md.append("\nCut:\n");
            cuts.forEach(cut -> md.append("- ").append(cut).append('\n'));
        }
        return md.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void log(String message) {
        System.err.printf(Locale.ROOT, "[bench %tT] %s%n", Instant.now().toEpochMilli(), message);
    }
}
