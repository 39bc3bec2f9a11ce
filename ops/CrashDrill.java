import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crash safety drill: the whole platform jar on the embedded store, a steady load of counter sales and GST
 * invoices from several client threads, {@code kill -9} at random moments, a restart on the same data directory,
 * and in the end a check that nothing acknowledged was lost and nothing was half-recorded. JDK classes only;
 * run it through {@code ops/crash-drill.sh} (see ops/README.md).
 */
public class CrashDrill {

    // ---------------------------------------------------------------- configuration

    static final class Config {
        Path jar = Path.of("platform/app/target/bahi.jar");
        Path runDir;
        int port;
        int rounds = 5;
        int minGapSeconds = 15;
        int maxGapSeconds = 25;
        int threads = 4;
        int shops = 3;
        int itemsPerShop = 6;
        int invoiceEvery = 3;
        int tailSeconds = 8;
        int settleSeconds = 180;
        int startTimeoutSeconds = 240;
        long seed = System.nanoTime();
        String heap = "768m";
    }

    static Config parse(String[] args) {
        Config c = new Config();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.length ? args[i + 1] : null);
            String k = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean inline = a.contains("=");
            switch (k) {
                case "--quick" -> { c.rounds = 2; c.minGapSeconds = 8; c.maxGapSeconds = 12; continue; }
                case "--jar" -> c.jar = Path.of(v);
                case "--run-dir" -> c.runDir = Path.of(v);
                case "--port" -> c.port = Integer.parseInt(v);
                case "--rounds" -> c.rounds = Integer.parseInt(v);
                case "--min-gap" -> c.minGapSeconds = Integer.parseInt(v);
                case "--max-gap" -> c.maxGapSeconds = Integer.parseInt(v);
                case "--threads" -> c.threads = Integer.parseInt(v);
                case "--shops" -> c.shops = Integer.parseInt(v);
                case "--items" -> c.itemsPerShop = Integer.parseInt(v);
                case "--invoice-every" -> c.invoiceEvery = Integer.parseInt(v);
                case "--settle" -> c.settleSeconds = Integer.parseInt(v);
                case "--seed" -> c.seed = Long.parseLong(v);
                case "--heap" -> c.heap = v;
                case "-h", "--help" -> { usage(); System.exit(0); }
                default -> { System.err.println("unknown option " + a); usage(); System.exit(2); }
            }
            if (!inline) {
                i++;
            }
        }
        if (c.itemsPerShop < 3 || c.minGapSeconds < 1 || c.maxGapSeconds < c.minGapSeconds || c.rounds < 1) {
            System.err.println("need --items >= 3, --rounds >= 1 and 1 <= --min-gap <= --max-gap");
            System.exit(2);
        }
        return c;
    }

    static void usage() {
        System.err.println("""
                java ops/CrashDrill.java [--quick] [--rounds 5] [--min-gap 15] [--max-gap 25] [--threads 4]
                    [--shops 3] [--items 6] [--invoice-every 3] [--settle 180] [--seed N] [--heap 768m]
                    [--jar platform/app/target/bahi.jar] [--run-dir DIR] [--port N]""");
    }

    // ---------------------------------------------------------------- records of what the clients saw

    record Item(String id, String sku, BigDecimal received) { }

    record Shop(int index, String tenantId, String token, List<Item> items) { }

    record AckSale(int shop, String id, String note, Map<String, BigDecimal> qty, long grandTotal, int round) { }

    record Unknown(int shop, String key, String error, int round) { }

    record Refused(int shop, String key, int status, String body, int round) { }

    record AckInvoice(int shop, String saleId, String number, String financialYear, int round) { }

    record KillRound(int round, Instant killedAt, double upSeconds, int inFlight, long acksInRound, int exitCode, double restartSeconds) { }

    static final ConcurrentLinkedQueue<AckSale> ackSales = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Unknown> unknownSales = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Refused> refusedSales = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<AckInvoice> ackInvoices = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Unknown> unknownInvoices = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Refused> refusedInvoices = new ConcurrentLinkedQueue<>();
    static final AtomicLong notSent = new AtomicLong();
    static final AtomicInteger inFlight = new AtomicInteger();
    static final AtomicLong acksThisRound = new AtomicLong();

    static volatile HttpClient http = newClient();
    static volatile boolean stop;
    static volatile int round;
    static Config cfg;
    static String base;
    static volatile Process platform;

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        cfg = parse(args);
        if (cfg.runDir == null) {
            cfg.runDir = Files.createTempDirectory("bahi-crash-drill");
        }
        Files.createDirectories(cfg.runDir);
        if (cfg.port == 0) {
            try (ServerSocket s = new ServerSocket(0)) {
                cfg.port = s.getLocalPort();
            }
        }
        base = "http://127.0.0.1:" + cfg.port;
        Path dataDir = cfg.runDir.resolve("data");
        Files.createDirectories(dataDir);
        if (!Files.isRegularFile(cfg.jar)) {
            fail("no jar at " + cfg.jar + " (build it: ./mvnw -B -q -DskipTests package -pl platform/app -am)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = platform;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }));
        log("run dir " + cfg.runDir + ", port " + cfg.port + ", seed " + cfg.seed + ", " + cfg.rounds + " kill rounds "
                + cfg.minGapSeconds + "-" + cfg.maxGapSeconds + " s apart, " + cfg.threads + " client threads, "
                + cfg.shops + " shops x " + cfg.itemsPerShop + " items");
        Instant started = Instant.now();
        Random random = new Random(cfg.seed);

        startPlatform(dataDir, 0);
        List<Shop> shops = setUp(random);
        log("set-up done: " + shops.size() + " shops, " + shops.size() * cfg.itemsPerShop + " items with stock");

        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < cfg.threads; t++) {
            Shop shop = shops.get(t % shops.size());
            long seed = random.nextLong();
            Thread th = new Thread(() -> clientLoop(shop, new Random(seed)), "client-" + t);
            th.setDaemon(true);
            th.start();
            clients.add(th);
        }

        List<KillRound> kills = new ArrayList<>();
        for (int r = 1; r <= cfg.rounds; r++) {
            long gapMillis = 1000L * cfg.minGapSeconds
                    + (long) (random.nextDouble() * 1000L * (cfg.maxGapSeconds - cfg.minGapSeconds));
            Instant up = Instant.now();
            Thread.sleep(gapMillis);
            int flying = inFlight.get();
            long acks = acksThisRound.getAndSet(0);
            int exit = kill9();
            http = newClient();
            round = r;
            Instant killedAt = Instant.now();
            startPlatform(dataDir, r);
            double restart = Duration.between(killedAt, Instant.now()).toMillis() / 1000.0;
            KillRound k = new KillRound(r, killedAt, Duration.between(up, killedAt).toMillis() / 1000.0, flying, acks, exit, restart);
            kills.add(k);
            log(String.format("round %d: killed after %.1f s under load (%d requests in flight, %d sales acknowledged "
                    + "in the round, exit %d); healthy again %.1f s later", r, k.upSeconds(), flying, acks, exit, restart));
        }
        Thread.sleep(cfg.tailSeconds * 1000L);
        stop = true;
        for (Thread th : clients) {
            th.join(30_000);
        }
        long tailAcks = acksThisRound.get();
        log("load stopped; " + ackSales.size() + " sales and " + ackInvoices.size() + " invoices acknowledged");

        boolean ok = verify(shops, kills, tailAcks, Duration.between(started, Instant.now()));
        kill9();
        System.exit(ok ? 0 : 1);
    }

    // ---------------------------------------------------------------- the platform process

    static void startPlatform(Path dataDir, int r) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx" + cfg.heap, "-XX:+UseSerialGC",
                "-jar", cfg.jar.toAbsolutePath().toString(),
                "--server.port=" + cfg.port,
                "--server.address=127.0.0.1",
                "--bahi.data-dir=" + dataDir.toAbsolutePath(),
                "--bahi.public-url=" + base,
                "--bahi.jwt.access-token-ttl=12h",
                "--bahi.udhaar.reminders.scan-enabled=false",
                "--bahi.notifications.daily-summary.scan-enabled=false",
                "--management.tracing.sampling.probability=0.0",
                "--logging.level.root=WARN",
                "--logging.level.dev.bahi=WARN"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(cfg.runDir.resolve("platform-" + r + ".log").toFile()));
        for (String var : List.of("MONGODB_URI", "BAHI_DATA_DIR", "BAHI_JWT_SIGNINGJWK", "PORT", "BAHI_PUBLICURL",
                "JAVA_TOOL_OPTIONS", "MANAGEMENT_OTLP_TRACING_ENDPOINT")) {
            pb.environment().remove(var);
        }
        Instant t0 = Instant.now();
        Process p = pb.start();
        platform = p;
        Files.writeString(cfg.runDir.resolve("platform.pid"), Long.toString(p.pid()));
        Instant deadline = t0.plusSeconds(cfg.startTimeoutSeconds);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                fail("the platform exited with " + p.exitValue() + " while starting; see " + cfg.runDir.resolve("platform-" + r + ".log")
                        + "\n" + tail(cfg.runDir.resolve("platform-" + r + ".log"), 40));
            }
            try {
                HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (h.statusCode() == 200 && h.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the platform did not report UP within " + cfg.startTimeoutSeconds + " s; see "
                + cfg.runDir.resolve("platform-" + r + ".log"));
    }

    /** SIGKILL by {@code kill -9}, as an operator (or the OOM killer) would. */
    static int kill9() throws Exception {
        Process p = platform;
        if (p == null || !p.isAlive()) {
            return p == null ? -1 : p.exitValue();
        }
        new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start().waitFor();
        return p.waitFor();
    }

    // ---------------------------------------------------------------- HTTP

    record Resp(int status, String body) {
        Object json() {
            return Json.parse(body);
        }
    }

    static Resp call(HttpClient client, String method, String path, String token, String body, String idemKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idemKey != null) {
            b.header("Idempotency-Key", idemKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), r.body());
    }

    /** For set-up and verification: retries while the platform is unreachable, fails on anything but 2xx. */
    static Resp must(String method, String path, String token, String body) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                Resp r = call(http, method, path, token, body, null);
                if (r.status() / 100 != 2) {
                    if (r.status() == 503 && attempt < 60) { // e.g. PROJECTION_REBUILDING
                        Thread.sleep(1000);
                        continue;
                    }
                    fail(method + " " + path + " answered " + r.status() + ": " + r.body());
                }
                return r;
            } catch (IOException e) {
                if (attempt >= 20) {
                    fail(method + " " + path + ": " + e);
                }
                Thread.sleep(500);
            }
        }
    }

    // ---------------------------------------------------------------- set-up

    static final String[][] CATALOGUE = {
            {"1101", "5", "Atta 5 kg", "285.00", "250.00"},
            {"1701", "5", "Sugar 1 kg", "46.00", "41.50"},
            {"3401", "18", "Bath soap", "38.00", "30.00"},
            {"0401", "0", "Milk 1 l", "66.00", "60.00"},
            {"2106", "18", "Namkeen 200 g", "55.00", "44.00"},
            {"1006", "5", "Basmati rice 1 kg", "129.00", "110.00"},
            {"0902", "5", "Tea 250 g", "140.00", "118.00"},
            {"3306", "18", "Toothpaste", "99.00", "80.00"},
    };

    static List<Shop> setUp(Random random) throws Exception {
        String run = Long.toString(Math.abs(random.nextLong()), 36);
        List<Shop> shops = new ArrayList<>();
        for (int s = 0; s < cfg.shops; s++) {
            String signup = "{\"business\":{\"name\":\"Drill Kirana " + s + "\",\"legalName\":\"Drill Traders " + s
                    + "\",\"gstRegistration\":\"REGULAR\",\"gstin\":\"27AAPFU0939F1ZV\",\"stateCode\":\"27\","
                    + "\"address\":{\"line1\":\"12 MG Road\",\"city\":\"Pune\",\"pincode\":\"411001\"},"
                    + "\"upiId\":\"drill" + s + "@okicici\"},\"owner\":{\"name\":\"Drill Owner\",\"email\":\"drill-" + run
                    + "-" + s + "@shop.example\",\"password\":\"correct horse battery\"}}";
            Map<?, ?> tokens = (Map<?, ?>) must("POST", "/api/v1/signup", null, signup).json();
            String token = (String) tokens.get("accessToken");
            must("PATCH", "/api/v1/inventory/settings", token, "{\"strictStock\":false}");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < cfg.itemsPerShop; i++) {
                String[] c = CATALOGUE[i % CATALOGUE.length];
                String sku = "DRILL-" + i;
                String item = "{\"sku\":\"" + sku + "\",\"name\":\"" + c[2] + " #" + i + "\",\"hsn\":\"" + c[0]
                        + "\",\"gstRate\":\"" + c[1] + "\",\"unit\":\"PCS\",\"salePrice\":\"" + c[3]
                        + "\",\"priceIncludesTax\":true,\"purchasePrice\":\"" + c[4] + "\",\"minStock\":\"5\"}";
                String id = (String) ((Map<?, ?>) must("POST", "/api/v1/items", token, item).json()).get("id");
                BigDecimal received = new BigDecimal("100000");
                must("POST", "/api/v1/items/" + id + "/stock-movements", token, "{\"kind\":\"RECEIVED\",\"quantity\":\""
                        + received.toPlainString() + "\",\"purchasePrice\":\"" + c[4] + "\",\"supplier\":\"Drill Distributors\"}");
                items.add(new Item(id, sku, received));
            }
            shops.add(new Shop(s, (String) tokens.get("tenantId"), token, items));
        }
        return shops;
    }

    // ---------------------------------------------------------------- load

    static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException
                || (e.getCause() instanceof ConnectException);
    }

    static void clientLoop(Shop shop, Random random) {
        List<String> toInvoice = new ArrayList<>();
        int sales = 0;
        while (!stop) {
            try {
                if (!toInvoice.isEmpty()) {
                    String saleId = toInvoice.get(0);
                    if (invoice(shop, saleId)) {
                        toInvoice.remove(0);
                    }
                    continue;
                }
                AckSale ack = sale(shop, random);
                if (ack != null && ++sales % cfg.invoiceEvery == 0) {
                    toInvoice.add(ack.id());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log("client error (ignored): " + e);
            }
        }
    }

    static AckSale sale(Shop shop, Random random) throws InterruptedException {
        List<Item> pool = new ArrayList<>(shop.items());
        int lines = 2 + random.nextInt(2);
        Map<String, BigDecimal> qty = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder("{\"lines\":[");
        for (int l = 0; l < lines; l++) {
            Item item = pool.remove(random.nextInt(pool.size()));
            int q = 1 + random.nextInt(3);
            qty.put(item.id(), BigDecimal.valueOf(q));
            body.append(l == 0 ? "" : ",").append("{\"itemId\":\"").append(item.id()).append("\",\"quantity\":\"")
                    .append(q).append("\"}");
        }
        String note = "drill " + UUID.randomUUID();
        body.append("],\"payment\":{\"mode\":\"").append(random.nextBoolean() ? "CASH" : "UPI")
                .append("\"},\"note\":\"").append(note).append("\"}");
        int r = round;
        inFlight.incrementAndGet();
        try {
            Resp resp = call(http, "POST", "/api/v1/sales", shop.token(), body.toString(), UUID.randomUUID().toString());
            if (resp.status() == 201) {
                Map<?, ?> sale = (Map<?, ?>) resp.json();
                String id = (String) sale.get("id");
                long total = paise((String) ((Map<?, ?>) sale.get("totals")).get("grandTotal"));
                AckSale ack = new AckSale(shop.index(), id, note, qty, total, r);
                ackSales.add(ack);
                acksThisRound.incrementAndGet();
                return ack;
            }
            refusedSales.add(new Refused(shop.index(), note, resp.status(), abbreviate(resp.body()), r));
            Thread.sleep(200);
        } catch (IOException e) {
            if (notSent(e)) {
                notSent.incrementAndGet();
                Thread.sleep(200);
            } else {
                unknownSales.add(new Unknown(shop.index(), note, e.getClass().getSimpleName() + ": " + e.getMessage(), r));
            }
        } finally {
            inFlight.decrementAndGet();
        }
        return null;
    }

    /** True when this sale's invoice request is settled (acknowledged, refused or of unknown outcome). */
    static boolean invoice(Shop shop, String saleId) throws InterruptedException {
        int r = round;
        inFlight.incrementAndGet();
        try {
            Resp resp = call(http, "POST", "/api/v1/sales/" + saleId + "/gst-invoice", shop.token(), null, null);
            if (resp.status() == 201) {
                Map<?, ?> inv = (Map<?, ?>) resp.json();
                ackInvoices.add(new AckInvoice(shop.index(), saleId, (String) inv.get("invoiceNumber"),
                        (String) inv.get("financialYear"), r));
            } else {
                refusedInvoices.add(new Refused(shop.index(), saleId, resp.status(), abbreviate(resp.body()), r));
                Thread.sleep(200);
            }
            return true;
        } catch (IOException e) {
            if (notSent(e)) {
                notSent.incrementAndGet();
                Thread.sleep(200);
                return false;
            }
            unknownInvoices.add(new Unknown(shop.index(), saleId, e.getClass().getSimpleName() + ": " + e.getMessage(), r));
            return true;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    // ---------------------------------------------------------------- verification

    /** What the platform says once its projections have caught up. */
    static final class Observed {
        final Map<Integer, Map<String, Map<?, ?>>> salesById = new HashMap<>();     // shop -> sale id -> sale
        final Map<Integer, Map<String, List<Map<?, ?>>>> movements = new HashMap<>(); // shop -> item -> movements
        final Map<Integer, Map<String, String>> onHand = new HashMap<>();             // shop -> item -> onHand
        final Map<Integer, Map<String, String>> valuationOnHand = new HashMap<>();
        final Map<Integer, List<Map<?, ?>>> payments = new HashMap<>();
        final Map<Integer, long[]> summary = new HashMap<>();                          // shop -> {count, gross}
    }

    static final class Row {
        final String check;
        final String count;
        final String result;

        Row(String check, Object count, String result) {
            this.check = check;
            this.count = String.valueOf(count);
            this.result = result;
        }
    }

    static final class Report {
        final List<Row> rows = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        boolean ok = true;

        void info(String check, Object count) {
            rows.add(new Row(check, count, ""));
        }

        void check(String check, Object count, boolean pass) {
            rows.add(new Row(check, count, pass ? "PASS" : "FAIL"));
            ok &= pass;
        }

        String signature() {
            StringBuilder b = new StringBuilder();
            rows.forEach(r -> b.append(r.check).append('=').append(r.count).append(';'));
            return b.toString();
        }
    }

    static Observed observe(List<Shop> shops) throws InterruptedException {
        Observed o = new Observed();
        for (Shop shop : shops) {
            Map<String, Map<?, ?>> sales = new LinkedHashMap<>();
            for (Object s : pages("/api/v1/sales?limit=200", shop.token(), "sales")) {
                Map<?, ?> sale = (Map<?, ?>) s;
                sales.put((String) sale.get("id"), sale);
            }
            o.salesById.put(shop.index(), sales);
            Map<String, List<Map<?, ?>>> moves = new LinkedHashMap<>();
            Map<String, String> hand = new LinkedHashMap<>();
            for (Item item : shop.items()) {
                List<Map<?, ?>> list = new ArrayList<>();
                for (Object m : pages("/api/v1/items/" + item.id() + "/stock-movements?limit=200", shop.token(), "movements")) {
                    list.add((Map<?, ?>) m);
                }
                moves.put(item.id(), list);
                hand.put(item.id(), (String) ((Map<?, ?>) must("GET", "/api/v1/items/" + item.id(), shop.token(), null)
                        .json()).get("onHand"));
            }
            o.movements.put(shop.index(), moves);
            o.onHand.put(shop.index(), hand);
            Map<String, String> valued = new HashMap<>();
            for (Object l : pages("/api/v1/stock/valuation?limit=200", shop.token(), "items")) {
                valued.put((String) ((Map<?, ?>) l).get("id"), (String) ((Map<?, ?>) l).get("onHand"));
            }
            o.valuationOnHand.put(shop.index(), valued);
            List<Map<?, ?>> pays = new ArrayList<>();
            for (Object p : pages("/api/v1/payments?limit=200", shop.token(), "payments")) {
                pays.add((Map<?, ?>) p);
            }
            o.payments.put(shop.index(), pays);
            // the daily summary over every business date the sales fall on
            String from = null;
            String to = null;
            for (Map<?, ?> sale : sales.values()) {
                String d = (String) sale.get("businessDate");
                from = from == null || d.compareTo(from) < 0 ? d : from;
                to = to == null || d.compareTo(to) > 0 ? d : to;
            }
            long count = 0;
            long gross = 0;
            if (from != null) {
                from = LocalDate.parse(from).minusDays(1).toString();
                to = LocalDate.parse(to).plusDays(1).toString();
                Map<?, ?> range = (Map<?, ?>) must("GET", "/api/v1/reports/daily-summary?from=" + from + "&to=" + to,
                        shop.token(), null).json();
                for (Object d : (List<?>) range.get("days")) {
                    count += ((BigDecimal) ((Map<?, ?>) d).get("salesCount")).longValue();
                    gross += paise((String) ((Map<?, ?>) d).get("gross"));
                }
            }
            o.summary.put(shop.index(), new long[] {count, gross});
        }
        return o;
    }

    static List<Object> pages(String path, String token, String field) throws InterruptedException {
        List<Object> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100_000; page++) {
            String p = cursor == null ? path : path + "&cursor=" + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            Map<?, ?> body = (Map<?, ?>) must("GET", p, token, null).json();
            all.addAll((List<?>) body.get(field));
            cursor = (String) body.get("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        return all;
    }

    static Report evaluate(List<Shop> shops, Observed o) {
        Report rep = new Report();
        Map<String, AckSale> acked = new HashMap<>();
        ackSales.forEach(a -> acked.put(a.id(), a));
        Map<String, Unknown> unknownByNote = new HashMap<>();
        unknownSales.forEach(u -> unknownByNote.put(u.key(), u));
        Set<String> refusedNotes = new HashSet<>();
        refusedSales.forEach(r -> refusedNotes.add(r.key()));

        // every sale the platform has, by the note the client gave it
        Map<String, Map<?, ?>> byNote = new HashMap<>();
        Map<String, Integer> shopOfSale = new HashMap<>();
        int duplicateNotes = 0;
        for (var e : o.salesById.entrySet()) {
            for (Map<?, ?> sale : e.getValue().values()) {
                if (byNote.put((String) sale.get("note"), sale) != null) {
                    duplicateNotes++;
                }
                shopOfSale.put((String) sale.get("id"), e.getKey());
            }
        }

        // 1. acknowledged sales in the list
        long ackMissingInList = acked.values().stream()
                .filter(a -> !o.salesById.get(a.shop()).containsKey(a.id())).count();
        long unknownFound = unknownByNote.keySet().stream().filter(byNote::containsKey).count();
        long refusedFound = refusedNotes.stream().filter(byNote::containsKey).count();
        Set<String> ackNotes = new HashSet<>();
        acked.values().forEach(a -> ackNotes.add(a.note()));
        long unexplained = byNote.keySet().stream()
                .filter(n -> !unknownByNote.containsKey(n) && !refusedNotes.contains(n) && !ackNotes.contains(n))
                .count();
        rep.info("sales acknowledged (201)", acked.size());
        rep.check("  acknowledged but missing from the sales list", ackMissingInList, ackMissingInList == 0);
        rep.info("sales refused (non-2xx answer)", refusedSales.size());
        rep.check("  refused but recorded anyway", refusedFound, refusedFound == 0);
        rep.info("sales of unknown outcome (timeout/reset)", unknownByNote.size());
        rep.info("  of those: found / not found", unknownFound + " / " + (unknownByNote.size() - unknownFound));
        rep.check("sales recorded that no client sent", unexplained, unexplained == 0);
        rep.check("sales recorded twice (same note)", duplicateNotes, duplicateNotes == 0);

        // 2. stock: each sale's SALE movements are exactly its lines; no movement for a sale that does not exist
        long halfRecorded = 0;
        long orphanMovements = 0;
        long badHistories = 0;
        long badOnHand = 0;
        long badValuation = 0;
        int itemCount = 0;
        for (Shop shop : shops) {
            Map<String, Map<?, ?>> sales = o.salesById.get(shop.index());
            Map<String, Map<String, BigDecimal>> net = new HashMap<>(); // sale -> item -> net issued
            for (Item item : shop.items()) {
                itemCount++;
                List<Map<?, ?>> moves = o.movements.get(shop.index()).get(item.id());
                BigDecimal balance = BigDecimal.ZERO;
                BigDecimal received = BigDecimal.ZERO;
                BigDecimal sold = BigDecimal.ZERO;
                boolean history = true;
                long seq = 0;
                for (Map<?, ?> m : moves) {
                    String kind = (String) m.get("kind");
                    BigDecimal change = new BigDecimal((String) m.get("change"));
                    balance = balance.add(change);
                    history &= ((BigDecimal) m.get("sequence")).longValue() == ++seq;
                    history &= balance.compareTo(new BigDecimal((String) m.get("balance"))) == 0;
                    String ref = (String) m.get("reference");
                    switch (kind) {
                        case "RECEIVED", "OPENING" -> received = received.add(change);
                        case "SALE", "SALE_REVERSED" -> {
                            sold = sold.subtract(change);
                            String saleId = ref != null && ref.startsWith("sale ") ? ref.substring(5) : "?";
                            net.computeIfAbsent(saleId, k -> new HashMap<>()).merge(item.id(), change.negate(), BigDecimal::add);
                        }
                        default -> history = false; // the drill records nothing else
                    }
                }
                BigDecimal expected = received.subtract(sold);
                history &= received.compareTo(item.received()) == 0;
                if (!history) {
                    badHistories++;
                    rep.problems.add("stock history of item " + item.id() + " (shop " + shop.index() + ") is inconsistent");
                }
                if (new BigDecimal(o.onHand.get(shop.index()).get(item.id())).compareTo(expected) != 0
                        || balance.compareTo(expected) != 0) {
                    badOnHand++;
                    rep.problems.add("item " + item.id() + ": onHand " + o.onHand.get(shop.index()).get(item.id())
                            + ", history balance " + balance + ", received - sold = " + expected);
                }
                String valued = o.valuationOnHand.get(shop.index()).get(item.id());
                if (valued == null || new BigDecimal(valued).compareTo(expected) != 0) {
                    badValuation++;
                    rep.problems.add("item " + item.id() + ": stock valuation onHand " + valued + ", expected " + expected);
                }
            }
            for (Map<?, ?> sale : sales.values()) {
                Map<String, BigDecimal> lines = new HashMap<>();
                for (Object l : (List<?>) sale.get("lines")) {
                    Map<?, ?> line = (Map<?, ?>) l;
                    lines.merge((String) line.get("itemId"), new BigDecimal((String) line.get("quantity")), BigDecimal::add);
                }
                Map<String, BigDecimal> issued = net.getOrDefault((String) sale.get("id"), Map.of());
                if (!sameQuantities(lines, issued)) {
                    halfRecorded++;
                    rep.problems.add("sale " + sale.get("id") + " (shop " + shop.index() + "): lines " + lines
                            + " but stock issued " + issued);
                }
            }
            for (var e : net.entrySet()) {
                if (!sales.containsKey(e.getKey()) && e.getValue().values().stream().anyMatch(q -> q.signum() != 0)) {
                    orphanMovements++;
                    rep.problems.add("stock issued for sale " + e.getKey() + " (shop " + shop.index()
                            + ") that does not exist: " + e.getValue());
                }
            }
        }
        rep.check("half-recorded sales (stock issued != its lines)", halfRecorded, halfRecorded == 0);
        rep.check("stock issued for a sale that does not exist", orphanMovements, orphanMovements == 0);
        rep.check("items whose history is not 1..n with running balances", badHistories + " of " + itemCount, badHistories == 0);
        rep.check("items with onHand != received - sold", badOnHand + " of " + itemCount, badOnHand == 0);
        rep.check("items with valuation onHand != received - sold", badValuation + " of " + itemCount, badValuation == 0);

        // 3. invoices: 1..N per shop and financial year; acknowledged ones keep their numbers
        Map<String, List<Long>> series = new TreeMap<>();
        Map<String, String> numberOfSale = new HashMap<>();
        for (var e : o.salesById.entrySet()) {
            for (Map<?, ?> sale : e.getValue().values()) {
                Map<?, ?> inv = (Map<?, ?>) sale.get("invoice");
                if (inv == null) {
                    continue;
                }
                String number = (String) inv.get("invoiceNumber");
                numberOfSale.put((String) sale.get("id"), number);
                String key = "shop " + e.getKey() + " " + number.substring(0, number.lastIndexOf('/') + 1)
                        + " FY " + inv.get("financialYear");
                series.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(Long.parseLong(number.substring(number.lastIndexOf('/') + 1)));
            }
        }
        long gaps = 0;
        long duplicates = 0;
        long invoices = 0;
        StringBuilder seriesInfo = new StringBuilder();
        for (var e : series.entrySet()) {
            List<Long> nums = new ArrayList<>(e.getValue());
            nums.sort(null);
            invoices += nums.size();
            Set<Long> distinct = new HashSet<>(nums);
            duplicates += nums.size() - distinct.size();
            long max = nums.isEmpty() ? 0 : nums.get(nums.size() - 1);
            long missing = 0;
            for (long n = 1; n <= max; n++) {
                if (!distinct.contains(n)) {
                    missing++;
                    if (missing <= 10) {
                        rep.problems.add(e.getKey() + ": number " + n + " missing");
                    }
                }
            }
            gaps += missing;
            seriesInfo.append(seriesInfo.length() == 0 ? "" : ", ").append(nums.size());
        }
        long invoiceNumberChanged = 0;
        long ackInvoiceMissing = 0;
        Map<String, String> ackNumberOfSale = new HashMap<>();
        for (AckInvoice a : ackInvoices) {
            String prior = ackNumberOfSale.put(a.saleId(), a.number());
            String now = numberOfSale.get(a.saleId());
            if (now == null) {
                ackInvoiceMissing++;
                rep.problems.add("acknowledged invoice " + a.number() + " of sale " + a.saleId() + " is gone");
            } else if (!now.equals(a.number()) || (prior != null && !prior.equals(a.number()))) {
                invoiceNumberChanged++;
                rep.problems.add("sale " + a.saleId() + " was acknowledged invoice " + a.number() + " but shows " + now);
            }
        }
        Set<String> unknownInvoiceSales = new HashSet<>();
        unknownInvoices.forEach(u -> unknownInvoiceSales.add(u.key()));
        Set<String> refusedInvoiceSales = new HashSet<>();
        refusedInvoices.forEach(r -> refusedInvoiceSales.add(r.key()));
        long unknownInvoiceFound = unknownInvoiceSales.stream().filter(s -> numberOfSale.containsKey(s)).count();
        long refusedInvoiceFound = refusedInvoiceSales.stream()
                .filter(s -> numberOfSale.containsKey(s) && !ackNumberOfSale.containsKey(s) && !unknownInvoiceSales.contains(s))
                .count();
        long unrequested = numberOfSale.keySet().stream()
                .filter(s -> !ackNumberOfSale.containsKey(s) && !unknownInvoiceSales.contains(s)
                        && !refusedInvoiceSales.contains(s))
                .count();
        rep.info("invoices acknowledged (201)", ackInvoices.size());
        rep.check("  acknowledged invoices missing", ackInvoiceMissing, ackInvoiceMissing == 0);
        rep.check("  acknowledged invoices whose number changed", invoiceNumberChanged, invoiceNumberChanged == 0);
        rep.info("invoices issued, per series (" + series.size() + " series)", invoices + " (" + seriesInfo + ")");
        rep.check("  invoice number gaps", gaps, gaps == 0);
        rep.check("  duplicate invoice numbers", duplicates, duplicates == 0);
        rep.info("invoice requests refused (non-2xx)", refusedInvoices.size());
        rep.check("  refused but issued anyway", refusedInvoiceFound, refusedInvoiceFound == 0);
        rep.info("invoice requests of unknown outcome", unknownInvoiceSales.size());
        rep.info("  of those: issued / not issued", unknownInvoiceFound + " / " + (unknownInvoiceSales.size() - unknownInvoiceFound));
        rep.check("invoices issued that no client asked for", unrequested, unrequested == 0);

        // 4. projections agree with the sales
        int summaryMismatch = 0;
        int paymentMismatch = 0;
        long salesTotal = 0;
        long paymentsTotal = 0;
        for (Shop shop : shops) {
            Map<String, Map<?, ?>> sales = o.salesById.get(shop.index());
            long count = 0;
            long gross = 0;
            for (Map<?, ?> sale : sales.values()) {
                if (!"CANCELLED".equals(sale.get("status"))) {
                    count++;
                    gross += paise((String) ((Map<?, ?>) sale.get("totals")).get("grandTotal"));
                }
            }
            salesTotal += count;
            long[] summary = o.summary.get(shop.index());
            if (summary[0] != count || summary[1] != gross) {
                summaryMismatch++;
                rep.problems.add("shop " + shop.index() + ": daily summary says " + summary[0] + " sales, "
                        + summary[1] + " paise; the sales list " + count + " sales, " + gross + " paise");
            }
            Map<String, Long> paidBySale = new HashMap<>();
            Map<String, Integer> paymentsBySale = new HashMap<>();
            for (Map<?, ?> p : o.payments.get(shop.index())) {
                paymentsTotal++;
                String saleId = (String) p.get("saleId");
                paymentsBySale.merge(saleId == null ? "?" : saleId, 1, Integer::sum);
                paidBySale.merge(saleId == null ? "?" : saleId, paise((String) p.get("amount")), Long::sum);
            }
            for (Map<?, ?> sale : sales.values()) {
                String id = (String) sale.get("id");
                long total = paise((String) ((Map<?, ?>) sale.get("totals")).get("grandTotal"));
                if (paymentsBySale.getOrDefault(id, 0) != 1 || paidBySale.getOrDefault(id, 0L) != total) {
                    paymentMismatch++;
                    if (paymentMismatch <= 10) {
                        rep.problems.add("sale " + id + " (shop " + shop.index() + ", recorded " + sale.get("recordedAt")
                                + "): " + paymentsBySale.getOrDefault(id, 0) + " counter payments for "
                                + paidBySale.getOrDefault(id, 0L) + " paise, grand total " + total);
                    }
                }
            }
            for (String saleId : paymentsBySale.keySet()) {
                if (!sales.containsKey(saleId)) {
                    paymentMismatch++;
                    rep.problems.add("payment for sale " + saleId + " that does not exist");
                }
            }
        }
        rep.check("shops whose daily summary count/gross != sales list", summaryMismatch + " of " + shops.size(),
                summaryMismatch == 0);
        rep.check("sales without exactly one counter payment of the total", paymentMismatch + " (payments "
                + paymentsTotal + ", sales " + salesTotal + ")", paymentMismatch == 0);
        return rep;
    }

    static boolean sameQuantities(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (a.getOrDefault(k, BigDecimal.ZERO).compareTo(b.getOrDefault(k, BigDecimal.ZERO)) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean verify(List<Shop> shops, List<KillRound> kills, long tailAcks, Duration loadTime) throws Exception {
        Instant t0 = Instant.now();
        Instant deadline = t0.plusSeconds(cfg.settleSeconds);
        Report report;
        String previous = null;
        int stable = 0;
        while (true) {
            report = evaluate(shops, observe(shops));
            String sig = report.signature();
            stable = sig.equals(previous) ? stable + 1 : 0;
            previous = sig;
            boolean settledWrong = stable >= 10 && Duration.between(t0, Instant.now()).toSeconds() >= 60;
            if ((report.ok && stable >= 1) || settledWrong || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(3000);
        }
        double settle = Duration.between(t0, Instant.now()).toMillis() / 1000.0;

        // every acknowledged sale, one by one (GET /api/v1/sales/{id}), with its invoice number
        long found = 0;
        List<AckSale> missing = new ArrayList<>();
        Map<String, String> ackNumber = new HashMap<>();
        ackInvoices.forEach(a -> ackNumber.put(a.saleId(), a.number()));
        long numberMismatch = 0;
        for (AckSale a : ackSales) {
            Shop shop = shops.get(a.shop());
            Resp r = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    r = call(http, "GET", "/api/v1/sales/" + a.id(), shop.token(), null, null);
                    break;
                } catch (IOException e) {
                    Thread.sleep(500);
                }
            }
            if (r != null && r.status() == 200) {
                found++;
                Map<?, ?> sale = (Map<?, ?>) r.json();
                Map<?, ?> inv = (Map<?, ?>) sale.get("invoice");
                String expected = ackNumber.get(a.id());
                if (expected != null && (inv == null || !expected.equals(inv.get("invoiceNumber")))) {
                    numberMismatch++;
                }
                if (paise((String) ((Map<?, ?>) sale.get("totals")).get("grandTotal")) != a.grandTotal()) {
                    numberMismatch++;
                }
            } else {
                missing.add(a);
            }
        }
        report.rows.add(1, new Row("  found after restarts (GET /api/v1/sales/{id})", found, ""));
        report.rows.add(2, new Row("  lost", missing.size(), missing.isEmpty() ? "PASS" : "FAIL"));
        report.ok &= missing.isEmpty();
        report.check("acknowledged sales whose total or invoice differ on GET", numberMismatch, numberMismatch == 0);
        for (AckSale a : missing) {
            report.problems.add("LOST: sale " + a.id() + " (shop " + a.shop() + ", acknowledged in round " + a.round()
                    + ", note '" + a.note() + "')");
        }

        // the printed result
        System.out.println();
        System.out.println("Crash drill: " + cfg.rounds + " kill -9 rounds, " + cfg.threads + " client threads, "
                + cfg.shops + " shops, seed " + cfg.seed + ", load " + loadTime.toSeconds() + " s, projections settled in "
                + String.format("%.1f", settle) + " s");
        System.out.println();
        System.out.println("| Round | Killed at (UTC) | Up under load (s) | In flight at kill | Sales acked in round | Exit | Restart to UP (s) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        for (KillRound k : kills) {
            System.out.printf("| %d | %s | %.1f | %d | %d | %d | %.1f |%n", k.round(), k.killedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), k.upSeconds(), k.inFlight(),
                    k.acksInRound(), k.exitCode(), k.restartSeconds());
        }
        System.out.printf("| after | | %d | | %d | | |%n", cfg.tailSeconds, tailAcks);
        System.out.println();
        int width = report.rows.stream().mapToInt(r -> r.check.length()).max().orElse(10);
        int cw = Math.max(5, report.rows.stream().mapToInt(r -> r.count.length()).max().orElse(5));
        System.out.println("| " + pad("Check", width) + " | " + pad("Count", cw) + " | Result |");
        System.out.println("|" + "-".repeat(width + 2) + "|" + "-".repeat(cw + 1) + ":|--------|");
        for (Row r : report.rows) {
            System.out.println("| " + pad(r.check, width) + " | " + padLeft(r.count, cw) + " | " + pad(r.result, 6) + " |");
        }
        System.out.println("(requests not sent because the platform was down: " + notSent.get() + ")");
        if (!report.problems.isEmpty()) {
            System.out.println();
            System.out.println("Problems:");
            report.problems.stream().limit(50).forEach(p -> System.out.println("  " + p));
        }
        Map<String, Long> refusals = new TreeMap<>();
        refusedSales.forEach(r -> refusals.merge("sale " + r.status() + " " + r.body(), 1L, Long::sum));
        refusedInvoices.forEach(r -> refusals.merge("invoice " + r.status() + " " + r.body(), 1L, Long::sum));
        if (!refusals.isEmpty()) {
            System.out.println();
            System.out.println("Refusals (status, body):");
            refusals.forEach((k, v) -> System.out.println("  " + v + " x " + k));
        }
        System.out.println();
        System.out.println(report.ok ? "RESULT: PASS" : "RESULT: FAIL (data kept in " + cfg.runDir + ")");
        return report.ok;
    }

    // ---------------------------------------------------------------- small helpers

    static long paise(String rupees) {
        return new BigDecimal(rupees).movePointRight(2).longValueExact();
    }

    static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    static String padLeft(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String code = s.replaceAll("(?s).*\"code\"\\s*:\\s*\"([^\"]*)\".*", "$1");
        return code.length() < s.length() ? code : (s.length() > 120 ? s.substring(0, 120) + "…" : s);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static void log(String message) {
        System.err.println("[" + Instant.now() + "] " + message);
    }

    static void fail(String message) {
        log("FAIL: " + message);
        try {
            kill9();
        } catch (Exception ignored) {
            // best effort
        }
        System.exit(1);
    }

    /** A minimal JSON reader: objects to maps, arrays to lists, numbers to BigDecimal. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.ws();
            if (j.i != j.s.length()) {
                throw new IllegalArgumentException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    i += 4;
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    i += 5;
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    i += 4;
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
