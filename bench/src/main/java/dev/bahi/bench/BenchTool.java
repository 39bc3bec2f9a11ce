package dev.bahi.bench;

import static dev.bahi.bench.StoreGrowthBenchmark.expect;
import static dev.bahi.bench.StoreGrowthBenchmark.get;
import static dev.bahi.bench.StoreGrowthBenchmark.log;
import static dev.bahi.bench.StoreGrowthBenchmark.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.bahi.bench.StoreGrowthBenchmark.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * The steps of {@code bench/run.sh} that are not Gatling: seeding the shops through the public API, the raw-insert
 * floor through the MongoDB driver, the projection rebuild through the admin API, and the result files.
 * Each is a sub-command of the bench jar: {@code java -jar bench/target/bahi-bench.jar seed|floor|rebuild|report …}.
 */
final class BenchTool {
    static final Set<String> COMMANDS = Set.of("seed", "settle", "floor", "rebuild", "report");
    private static final int SEED_THREADS = Integer.getInteger("bench.seed-threads", 8);
    /** Sales (with their invoices) each seeded shop makes: the reads scenario asks for them by id. */
    private static final int SEED_SALES = Integer.getInteger("bench.seed-sales", 3);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] GOODS = {"Atta", "Sugar", "Rice", "Toor Dal", "Tea", "Soap", "Mustard Oil", "Salt",
        "Biscuits", "Ghee", "Besan", "Poha", "Maggi", "Detergent", "Toothpaste", "Masala", "Jaggery", "Coffee",
        "Moong Dal", "Shampoo"};
    private static final String[] BRANDS = {"Aashirvaad", "Tata", "Fortune", "Patanjali", "Amul", "Everest", "Surf",
        "Parle", "Britannia", "Dabur"};

    private BenchTool() {
    }

    /** Runs one command, or several in this JVM when separated by {@code --} (one JVM start for each saved). */
    static void run(String[] args) throws Exception {
        int from = 0;
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals("--")) {
                if (i > from) {
                    runOne(Arrays.copyOfRange(args, from, i));
                }
                from = i + 1;
            }
        }
    }

    private static void runOne(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "floor" -> floor(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "settle" -> settle(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "rebuild" -> rebuild(args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
            case "report" -> Report.write(Path.of(args[1]), Path.of(args[2]), args[3]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ------------------------------------------------------------------ seeding through the public API

    /**
     * {@code seed <base> <out dir> <tenants> <items per tenant>}: signs the shops up, imports each catalogue as one
     * CSV (every item with an opening stock that no run can exhaust), records and invoices 3 sales per shop for the
     * read scenarios, and writes Gatling's feeders {@code sale-feeder.csv} and {@code reads-feeder.csv}.
     */
    static void seed(String base, Path out, int tenants, int items) throws Exception {
        Files.createDirectories(out);
        long t = System.nanoTime();
        // Shops are independent: seeded four at a time (each with its own seeded random, so the rows do not depend on
        // the threads' timing), then put together in shop order.
        ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
        List<Future<SeededShop>> shops = new ArrayList<>();
        try {
            for (int shop = 0; shop < tenants; shop++) {
                int index = shop;
                shops.add(pool.submit(() -> seedShop(base, index, tenants, items)));
            }
            List<String> saleRows = new ArrayList<>();
            List<String> readRows = new ArrayList<>();
            for (Future<SeededShop> shop : shops) {
                saleRows.addAll(shop.get().saleRows());
                readRows.addAll(shop.get().readRows());
            }
            Random random = new Random(42);
            java.util.Collections.shuffle(saleRows, random);
            java.util.Collections.shuffle(readRows, random);
            Files.write(out.resolve("sale-feeder.csv"), prepend("token,item1,item2,item3,q", saleRows));
            Files.write(out.resolve("reads-feeder.csv"), prepend("token,saleId,q", readRows));
        } finally {
            pool.shutdownNow();
        }
        ObjectNode facts = JSON.createObjectNode().put("tenants", tenants).put("itemsPerTenant", items)
                .put("salesPerTenant", SEED_SALES).put("seconds", (System.nanoTime() - t) / 1e9);
        JSON.writeValue(out.resolve("seed.json").toFile(), facts);
        log("seeding took " + facts.path("seconds").asDouble() + " s");
    }

    record SeededShop(List<String> saleRows, List<String> readRows) {
    }

    /** One shop: signup, its catalogue as one CSV import, 3 invoiced sales; its rows for the feeders. */
    private static SeededShop seedShop(String base, int shop, int tenants, int items) throws Exception {
        Random random = new Random(42L + shop);
        List<String> saleRows = new ArrayList<>();
        List<String> readRows = new ArrayList<>();
        String token = StoreGrowthBenchmark.signUp(base).accessToken();
        StringBuilder csv = new StringBuilder(
                "sku,name,hsn,gstRate,unit,salePrice,mrp,purchasePrice,minStock,barcode,openingStock\n");
        for (int i = 0; i < items; i++) {
            String good = GOODS[i % GOODS.length];
            String brand = BRANDS[(i / GOODS.length) % BRANDS.length];
            int price = 20 + random.nextInt(480);
            csv.append(String.format(Locale.ROOT, "SKU-%04d,%s %s %d,%s,%s,PCS,%d.00,,%d.00,5,,1000000%n", i,
                    brand, good, i, i % 2 == 0 ? "1101" : "3401", i % 3 == 0 ? "18" : "5", price, price * 8 / 10));
        }
        Answer imported = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/import"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        expect(imported, 200, "catalogue import");
        List<String> ids = new ArrayList<>();
        imported.body().path("rows").forEach(row -> ids.add(row.path("itemId").asText()));
        for (int row = 0; row < 25; row++) {
            List<String> three = pickThree(ids, random);
            saleRows.add(String.join(",", token, three.get(0), three.get(1), three.get(2),
                    GOODS[random.nextInt(GOODS.length)].split(" ")[0].toLowerCase(Locale.ROOT)));
        }
        for (int s = 0; s < SEED_SALES; s++) {
            List<String> three = pickThree(ids, random);
            Map<String, Object> body = StoreGrowthBenchmark.counterSale(three);
            Answer sale = post(base, "/api/v1/sales", token, body);
            // A sale checks its items in the items read model, which may still be catching up with the import
            // (several shops import at once): wait for it, as a client would.
            long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (sale.status() == 400 && sale.body().path("code").asText().equals("ITEM_NOT_FOUND")
                    && System.nanoTime() < giveUp) {
                Thread.sleep(200);
                sale = post(base, "/api/v1/sales", token, body);
            }
            expect(sale, 201, "sale");
            String saleId = sale.body().path("id").asText();
            expect(post(base, "/api/v1/sales/" + saleId + "/gst-invoice", token, Map.of()), 201, "invoice");
            readRows.add(String.join(",", token, saleId, GOODS[random.nextInt(GOODS.length)].split(" ")[0]
                    .toLowerCase(Locale.ROOT)));
        }
        log(String.format(Locale.ROOT, "seeded shop %d of %d (%d items)", shop + 1, tenants, ids.size()));
        return new SeededShop(saleRows, readRows);
    }

    private static List<String> pickThree(List<String> ids, Random random) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, 3);
    }

    private static List<String> prepend(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body() == null || response.body().isBlank()
                ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    // ------------------------------------------------------------------ the floor: raw inserts through the driver

    /**
     * {@code floor <mongodb uri> <seconds> <out.json>}: single-document inserts (acknowledged, one at a time, a
     * document of about the size of a stored event) into {@code bench_floor.raw} of the same store the platform
     * runs on, for the given time with 1 client and again with 8 clients; also counts the events in the store.
     */
    static void floor(String uri, int seconds, Path out) throws Exception {
        ObjectNode result = JSON.createObjectNode();
        try (MongoClient client = MongoClients.create(uri)) {
            result.put("eventsInStore", client.getDatabase("bahi_events").getCollection("domainevents")
                    .countDocuments());
            MongoCollection<Document> raw = client.getDatabase("bench_floor").getCollection("raw");
            String payload = "x".repeat(600);
            for (int i = 0; i < 500; i++) { // warm-up
                raw.insertOne(new Document("_id", UUID.randomUUID().toString()).append("payload", payload));
            }
            for (int clients : new int[] {1, 8}) {
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                long start = System.nanoTime();
                List<Future<Long>> counts = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    counts.add(pool.submit(() -> {
                        long n = 0;
                        while (System.nanoTime() < deadline) {
                            raw.insertOne(new Document("_id", UUID.randomUUID().toString())
                                    .append("aggregateIdentifier", UUID.randomUUID().toString())
                                    .append("sequenceNumber", n).append("timestamp", System.currentTimeMillis())
                                    .append("payload", payload));
                            n++;
                        }
                        return n;
                    }));
                }
                long total = 0;
                for (Future<Long> f : counts) {
                    total += f.get();
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                result.put("insertsPerSecondClients" + clients, total / elapsed);
                log(String.format(Locale.ROOT, "floor: %,d inserts with %d client(s) in %.1f s: %.0f/s", total,
                        clients, elapsed, total / elapsed));
            }
            client.getDatabase("bench_floor").drop();
        }
        JSON.writeValue(out.toFile(), result);
    }

    // ------------------------------------------------------------------ the projection rebuild

    /**
     * {@code settle <base> <admin email> <password> <timeout s>}: waits until every streaming projection has caught up
     * with the head of the store, so that the next step (the floor) does not share the store with a backlog.
     */
    static void settle(String base, String email, String password, int timeoutSeconds) throws Exception {
        String token = adminToken(base, email, password);
        JsonNode overview = projections(base, token);
        List<String> names = processorNames(overview, p -> !p.path("segments").isEmpty());
        long start = System.nanoTime();
        String behind = awaitCaughtUp(base, token, names, start + timeoutSeconds * 1_000_000_000L,
                new LinkedHashMap<>());
        log(String.format(Locale.ROOT, "projections %s after %.1f s", behind.isEmpty() ? "caught up"
                : "NOT caught up (" + behind + ")", (System.nanoTime() - start) / 1e9));
    }

    /** The admin overview of the projections ({@code GET /admin/projections}). */
    private static JsonNode projections(String base, String token) {
        Answer overview = get(base, "/api/v1/admin/projections", token);
        expect(overview, 200, "projections");
        return overview.body();
    }

    /** The names of the overview's processors that {@code include} accepts. */
    private static List<String> processorNames(JsonNode overview, Predicate<JsonNode> include) {
        List<String> names = new ArrayList<>();
        overview.path("processors").forEach(p -> {
            if (include.test(p)) {
                names.add(p.path("name").asText());
            }
        });
        return names;
    }

    private static String adminToken(String base, String email, String password) {
        Answer login = post(base, "/api/v1/auth/login", null, Map.of("login", email, "password", password));
        expect(login, 200, "admin login");
        return login.body().path("accessToken").asText();
    }

    /**
     * Polls the overview until none of {@code names} replays or lags; what is still behind at the deadline. Puts in
     * {@code caughtUpAt} the seconds since the call when each processor was first seen caught up.
     */
    private static String awaitCaughtUp(String base, String token, List<String> names, long deadline,
                                        Map<String, Double> caughtUpAt) throws InterruptedException {
        long start = System.nanoTime();
        String behind = "?";
        while (System.nanoTime() < deadline) {
            Thread.sleep(500); // the overview counts positions in the store: asking too often slows the processors
            Answer now = get(base, "/api/v1/admin/projections", token);
            if (now.status() != 200) {
                continue;
            }
            List<String> busy = new ArrayList<>();
            for (JsonNode p : now.body().path("processors")) {
                String name = p.path("name").asText();
                if (!names.contains(name)) {
                    continue;
                }
                if (p.path("replaying").asBoolean() || p.path("lag").asLong() > 0) {
                    busy.add(name + " lag " + p.path("lag").asLong());
                } else {
                    caughtUpAt.putIfAbsent(name, (System.nanoTime() - start) / 1e9);
                }
            }
            behind = String.join(", ", busy);
            if (busy.isEmpty()) {
                return "";
            }
        }
        return behind;
    }

    /**
     * {@code rebuild <base> <admin e-mail> <admin password> <timeout s> <out.json>}: rebuilds every rebuildable
     * processor at once through the admin API and polls until none is replaying and every one is at the head.
     */
    static void rebuild(String base, String email, String password, int timeoutSeconds, Path out) throws Exception {
        String token = adminToken(base, email, password);
        JsonNode overview = projections(base, token);
        long head = overview.path("headPosition").asLong();
        List<String> names = processorNames(overview, p -> p.path("rebuildable").asBoolean());
        log("rebuilding " + names + " over " + head + " events");
        long start = System.nanoTime();
        for (String name : names) {
            expect(post(base, "/api/v1/admin/projections/" + name + "/rebuild", token, Map.of()), 202, "rebuild " + name);
        }
        Map<String, Double> caughtUpAt = new LinkedHashMap<>();
        String behind = awaitCaughtUp(base, token, names, start + timeoutSeconds * 1_000_000_000L, caughtUpAt);
        boolean done = behind.isEmpty();
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode result = JSON.createObjectNode().put("eventsInStore", head).put("processors", names.size())
                .put("seconds", seconds).put("completed", done)
                .put("eventsPerSecond", head / seconds)
                .put("eventsHandledPerSecond", head * (double) names.size() / seconds);
        if (!done) {
            result.put("note", "not caught up after " + timeoutSeconds + " s: " + behind);
        }
        result.set("names", JSON.valueToTree(names));
        ObjectNode finished = result.putObject("caughtUpAfterSeconds");
        caughtUpAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> finished.put(e.getKey(), Math.round(e.getValue() * 10) / 10.0));
        log(String.format(Locale.ROOT, "rebuild of %d processors over %,d events: %.1f s%s", names.size(), head,
                seconds, done ? "" : " (NOT finished: " + behind + ")"));
        JSON.writeValue(out.toFile(), result);
    }

    // ------------------------------------------------------------------ the result files

    /** Collects the pieces a run left in its work directory into {@code bench/results/<date>-<mode>.md/.json}. */
    static final class Report {
        private Report() {
        }

        /** {@code report <work dir> <results dir> <quick|full>}. */
        static void write(Path work, Path results, String mode) throws IOException {
            ObjectNode all = JSON.createObjectNode();
            Map<String, String> env = keyValues(work.resolve("env.txt"));
            env.forEach(all::put);
            all.put("mode", mode);
            ObjectNode steps = all.putObject("stepSeconds");
            keyValues(work.resolve("steps.txt")).forEach((step, seconds) -> steps.put(step, Long.parseLong(seconds.trim())));
            JsonNode phases = JSON.readTree(work.resolve("phases.json").toFile());
            ObjectNode gatling = all.putObject("gatling");
            Path stats = findStats(work.resolve("gatling"));
            JsonNode tree = stats == null ? JSON.createObjectNode() : readStatsJs(stats);
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            collect(tree, byName);
            for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
                JsonNode s = e.getValue();
                String name = e.getKey();
                double duration = phases.path(name.replaceAll(" .*", "")).asDouble(0);
                ObjectNode row = gatling.putObject(name);
                long ok = s.path("numberOfRequests").path("ok").asLong();
                row.put("ok", ok).put("ko", s.path("numberOfRequests").path("ko").asLong())
                        .put("p50", s.path("percentiles1").path("ok").asDouble())
                        .put("p95", s.path("percentiles3").path("ok").asDouble())
                        .put("p99", s.path("percentiles4").path("ok").asDouble())
                        .put("mean", s.path("meanResponseTime").path("ok").asDouble());
                if (duration > 0) {
                    row.put("perSecond", ok / duration);
                }
            }
            for (String part : List.of("seed", "floor", "rebuild")) {
                Path p = work.resolve(part + ".json");
                if (Files.exists(p)) {
                    all.set(part, JSON.readTree(p.toFile()));
                }
            }
            double floor = all.path("floor").path("insertsPerSecondClients1").asDouble(0);
            ObjectNode ratios = all.putObject("saleToFloor");
            for (String c : List.of("c1", "c8", "c32")) {
                JsonNode sale = gatling.path("sale-" + c + " sale");
                if (floor > 0 && sale.has("perSecond")) {
                    ratios.put(c, sale.path("perSecond").asDouble() / floor);
                }
            }
            for (String part : List.of("growth", "long-item")) {
                Path p = work.resolve(part + ".md");
                if (Files.exists(p)) {
                    all.put(part + "Markdown", Files.readString(p).trim());
                }
            }
            String stem = env.getOrDefault("date", "unknown") + "-" + mode;
            Files.createDirectories(results);
            JSON.writeValue(results.resolve(stem + ".json").toFile(), all);
            Files.writeString(results.resolve(stem + ".md"), markdown(all, mode), StandardCharsets.UTF_8);
            System.out.println(results.resolve(stem + ".md"));
        }

        /** The {@code key=value} lines of a file the run wrote; none when it is not there. */
        private static Map<String, String> keyValues(Path file) throws IOException {
            Map<String, String> values = new LinkedHashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        values.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            return values;
        }

        /** An object's fields as {@code name value, name value}. */
        private static String fieldList(JsonNode object) {
            StringJoiner list = new StringJoiner(", ");
            object.fields().forEachRemaining(e -> list.add(e.getKey() + " " + e.getValue().asText()));
            return list.toString();
        }

        private static Path findStats(Path gatlingDir) throws IOException {
            if (!Files.isDirectory(gatlingDir)) {
                return null;
            }
            try (var files = Files.walk(gatlingDir)) {
                return files.filter(p -> p.endsWith(Path.of("js", "stats.js"))).findFirst().orElse(null);
            }
        }

        /**
         * Gatling 3.13 writes its figures only as {@code js/stats.js}: {@code var stats = {…}} with unquoted keys and
         * numbers as strings, followed by functions. The first object is read, the rest ignored.
         */
        private static JsonNode readStatsJs(Path file) throws IOException {
            String js = Files.readString(file);
            ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
            try (var parser = lenient.createParser(js.substring(js.indexOf('{')))) {
                return lenient.readTree(parser);
            }
        }

        /** Every request and group of Gatling's stats.json, by name. */
        private static void collect(JsonNode node, Map<String, JsonNode> out) {
            JsonNode contents = node.path("contents");
            for (Iterator<JsonNode> it = contents.elements(); it.hasNext(); ) {
                JsonNode child = it.next();
                JsonNode stats = child.path("stats");
                if (!stats.isMissingNode()) {
                    out.put(stats.path("name").asText(child.path("name").asText()), stats);
                }
                collect(child, out);
            }
        }

        private static String markdown(ObjectNode all, String mode) {
            StringBuilder md = new StringBuilder();
            md.append("# Bahi benchmark, ").append(mode).append(" mode, ").append(all.path("date").asText())
                    .append("\n\n");
            md.append("Command: `bench/run.sh").append(mode.equals("quick") ? " --quick" : "").append("`. ")
                    .append("Run took ").append(all.path("runSeconds").asText("?")).append(" s (after the build)");
            if (all.path("stepSeconds").has("build")) {
                long build = all.path("stepSeconds").path("build").asLong();
                md.append("; the build before it ").append(build).append(" s, ")
                        .append(build + all.path("runSeconds").asLong()).append(" s in all");
            }
            md.append(".\n\n");
            md.append("| Fact | Value |\n|---|---|\n");
            for (String k : List.of("commit", "nproc", "memory", "java", "os", "load")) {
                md.append("| ").append(k).append(" | ").append(all.path(k).asText().replace("|", "/")).append(" |\n");
            }
            if (!all.path("stepSeconds").isEmpty()) {
                md.append("\nWhere the time went (s): ").append(fieldList(all.path("stepSeconds"))).append(".\n");
            }
            md.append("\n## HTTP scenarios (Gatling, closed model)\n\n");
            md.append("Phase names: `<scenario>-c<concurrent clients>`; throughput = OK requests / phase duration.\n\n");
            md.append("| Request | OK | KO | req/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
            all.path("gatling").fields().forEachRemaining(e -> {
                JsonNode r = e.getValue();
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.0f | %.0f | %.0f |%n", e.getKey(),
                        r.path("ok").asLong(), r.path("ko").asLong(),
                        r.has("perSecond") ? String.format(Locale.ROOT, "%.1f", r.path("perSecond").asDouble()) : "—",
                        r.path("p50").asDouble(), r.path("p95").asDouble(), r.path("p99").asDouble()));
            });
            JsonNode floor = all.path("floor");
            md.append("\n## The floor (same store, same run)\n\n");
            md.append(String.format(Locale.ROOT, "Raw single-document inserts through the MongoDB driver: **%.0f/s** "
                            + "with 1 client, %.0f/s with 8 clients. Events in the store at that point: %,d.%n%n",
                    floor.path("insertsPerSecondClients1").asDouble(), floor.path("insertsPerSecondClients8").asDouble(),
                    floor.path("eventsInStore").asLong()));
            md.append("| Counter sale clients | sales/s | ratio to the 1-client insert floor |\n|---:|---:|---:|\n");
            for (String c : List.of("c1", "c8", "c32")) {
                JsonNode sale = all.path("gatling").path("sale-" + c + " sale");
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.4f |%n", c.substring(1),
                        sale.path("perSecond").asDouble(), all.path("saleToFloor").path(c).asDouble()));
            }
            JsonNode rebuild = all.path("rebuild");
            md.append("\n## Projection rebuild\n\n");
            md.append(String.format(Locale.ROOT, "%d processors rebuilt at once over %,d events in %.1f s: **%.0f "
                            + "events/s** (events in store / seconds; %.0f handled events/s over all processors)%s.%n",
                    rebuild.path("processors").asInt(), rebuild.path("eventsInStore").asLong(),
                    rebuild.path("seconds").asDouble(), rebuild.path("eventsPerSecond").asDouble(),
                    rebuild.path("eventsHandledPerSecond").asDouble(),
                    rebuild.has("note") ? " — " + rebuild.path("note").asText() : ""));
            if (!rebuild.path("caughtUpAfterSeconds").isEmpty()) {
                md.append("\nEach processor caught up after (s, to the next 0.5 s poll): ")
                        .append(fieldList(rebuild.path("caughtUpAfterSeconds"))).append(".\n");
            }
            for (String part : List.of("growth", "long-item")) {
                if (all.has(part + "Markdown")) {
                    md.append("\n## ").append(part.equals("growth") ? "Growth (StoreGrowthBenchmark)"
                            : "Long aggregate (LongItemBenchmark)").append("\n\n");
                    // the part's own title gives way to the section's
                    md.append(all.path(part + "Markdown").asText().replaceFirst("^## [^\n]*\n+", "")).append("\n");
                }
            }
            md.append("\n## Seeding\n\n").append(all.path("seed").toString()).append("\n");
            return md.toString();
        }
    }
}
