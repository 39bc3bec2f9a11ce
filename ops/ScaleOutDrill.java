/*
 * The client half of ops/scale-out-drill.sh: drives two Bahi instances that share one store over real HTTP and checks
 * that every acknowledged write is seen once, from either instance, before and after one instance dies.
 * JDK only; run as a single-file source program (java ops/ScaleOutDrill.java <phase> ...).
 *
 * Phases (the shell script runs them in order; state is kept in a properties file between them):
 *   jwk                                   print a fresh private EC P-256 JWK (for BAHI_JWT_SIGNINGJWK)
 *   setup  --state=F --a=URL --b=URL --shops=N --items=N
 *   round  --state=F --name=NAME --write=A,B|B|A --read=A|B|other --sales=N [--live=A,B] [--segments=N]
 *          [--timeout=S]
 *   report --state=F                      print the table; exit 1 on any failure
 */

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

public class ScaleOutDrill {
    static final String PASSWORD = "correct horse battery";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java ops/ScaleOutDrill.java jwk|setup|round|report [--name=value ...]");
            System.exit(2);
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options are --name=value, got " + a);
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        switch (args[0]) {
            case "jwk" -> System.out.println(jwk());
            case "setup" -> setup(opts);
            case "round" -> round(opts);
            case "report" -> System.exit(report(opts) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        }
    }

    // ---------------------------------------------------------------- the signing key

    static String jwk() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        ECPrivateKey priv = (ECPrivateKey) pair.getPrivate();
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + b64(pub.getW().getAffineX()) + "\",\"y\":\""
                + b64(pub.getW().getAffineY()) + "\",\"d\":\"" + b64(priv.getS()) + "\"}";
    }

    /** A coordinate or scalar as the 32 unsigned big-endian bytes RFC 7518 asks for, base64url. */
    static String b64(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    // ---------------------------------------------------------------- phases

    static void setup(Map<String, String> o) throws Exception {
        Properties s = new Properties();
        String a = o.get("a");
        String b = o.get("b");
        s.setProperty("url.A", a);
        s.setProperty("url.B", b);
        int shops = Integer.parseInt(o.getOrDefault("shops", "2"));
        int items = Integer.parseInt(o.getOrDefault("items", "2"));
        s.setProperty("shops", Integer.toString(shops));
        String run = UUID.randomUUID().toString().substring(0, 6);
        int acked = 0;
        int found = 0;
        for (int i = 0; i < shops; i++) {
            String email = "drill-" + run + "-" + i + "@shop.example";
            String body = "{\"business\":{\"name\":\"Drill Kirana " + run + " " + i + "\",\"legalName\":\"Drill Traders\","
                    + "\"gstRegistration\":\"REGULAR\",\"gstin\":\"27AAPFU0939F1ZV\",\"stateCode\":\"27\","
                    + "\"address\":{\"line1\":\"12 MG Road\",\"city\":\"Pune\",\"pincode\":\"411001\"},"
                    + "\"phone\":\"+919812345678\",\"upiId\":\"drill@okicici\"},"
                    + "\"owner\":{\"name\":\"Drill Owner\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}}";
            Resp r = send("POST", a + "/api/v1/signup", null, body, null);
            check(r.status == 201, "signup on A: " + r);
            acked++;
            Map<?, ?> m = (Map<?, ?>) r.json();
            String token = (String) m.get("accessToken");
            s.setProperty("shop." + i + ".email", email);
            s.setProperty("shop." + i + ".tenant", (String) m.get("tenantId"));
            s.setProperty("shop." + i + ".sales", "0");
            // the token A issued works on B (one shared signing key)
            Resp me = poll(b + "/api/v1/users/me", token, 15);
            check(me.status == 200, "token from A on B: " + me);
            found++;
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < items; k++) {
                String on = k % 2 == 0 ? a : b;
                String item = "{\"sku\":\"DRILL-" + k + "\",\"name\":\"Drill item " + k + "\",\"hsn\":\"1101\",\"gstRate\":\"5\","
                        + "\"unit\":\"PCS\",\"salePrice\":\"" + (100 + k) + ".00\",\"priceIncludesTax\":true,"
                        + "\"mrp\":\"" + (110 + k) + ".00\",\"purchasePrice\":\"90.00\",\"minStock\":\"0\"}";
                Resp created = send("POST", on + "/api/v1/items", token, item, UUID.randomUUID().toString());
                check(created.status == 201, "item on " + on + ": " + created);
                acked++;
                String id = (String) ((Map<?, ?>) created.json()).get("id");
                ids.add(id);
                String other = on.equals(a) ? b : a;
                check(poll(other + "/api/v1/items/" + id, token, 20).status == 200, "item " + id + " on the other");
                found++;
            }
            s.setProperty("shop." + i + ".items", String.join(",", ids));
        }
        s.setProperty("rounds", "setup");
        s.setProperty("round.setup.label", "setup: " + shops + " signups on A, " + shops * items + " items on A/B");
        s.setProperty("round.setup.acked", Integer.toString(acked));
        s.setProperty("round.setup.found", Integer.toString(found));
        s.setProperty("round.setup.dup", "0");
        s.setProperty("round.setup.lost", Integer.toString(acked - found));
        s.setProperty("round.setup.notes", "token from A accepted by B");
        save(o, s);
        System.out.println("setup: " + shops + " shops, " + items + " items each");
    }

    static void round(Map<String, String> o) throws Exception {
        Properties s = load(o);
        String name = o.get("name");
        String[] writers = o.getOrDefault("write", "A,B").split(",");
        String read = o.getOrDefault("read", "other");
        List<String> live = List.of(o.getOrDefault("live", "A,B").split(","));
        int salesPerShop = Integer.parseInt(o.getOrDefault("sales", "4"));
        int segments = Integer.parseInt(o.getOrDefault("segments", "1"));
        long timeout = Long.parseLong(o.getOrDefault("timeout", "60"));
        int shops = Integer.parseInt(s.getProperty("shops"));
        long started = System.nanoTime();
        int acked = 0;
        int found = 0;
        int lost = 0;
        int dup = 0;
        List<String> notes = new ArrayList<>();
        List<String> failures = new ArrayList<>();

        Map<Integer, String> tokens = new HashMap<>();
        for (int i = 0; i < shops; i++) {
            String via = url(s, live.get(i % live.size()));
            Resp login = send("POST", via + "/api/v1/auth/login", null,
                    "{\"login\":\"" + s.getProperty("shop." + i + ".email") + "\",\"password\":\"" + PASSWORD + "\"}", null);
            check(login.status == 200, "login: " + login);
            tokens.put(i, (String) ((Map<?, ?>) login.json()).get("accessToken"));
        }

        long killedAt = Long.parseLong(o.getOrDefault("killed-at", "0"));
        int n = 0;
        long slowestReadMs = 0;
        for (int i = 0; i < shops; i++) {
            String token = tokens.get(i);
            String[] items = s.getProperty("shop." + i + ".items").split(",");
            for (int k = 0; k < salesPerShop; k++, n++) {
                String writer = writers[n % writers.length];
                String reader = read.equals("other") ? (writer.equals("A") ? "B" : "A") : read;
                String on = url(s, writer);
                String item = items[k % items.length];
                String sale = "{\"lines\":[{\"itemId\":\"" + item + "\",\"quantity\":\"1\"}],\"payment\":{\"mode\":\"CASH\"}}";
                Resp r = send("POST", on + "/api/v1/sales", token, sale, UUID.randomUUID().toString());
                if (r.status != 201) {
                    failures.add("sale on " + writer + ": " + r);
                    continue;
                }
                acked++;
                if (killedAt > 0 && n == 0) {
                    notes.add("first sale acknowledged " + (System.currentTimeMillis() - killedAt) + " ms after the kill");
                }
                String id = (String) ((Map<?, ?>) r.json()).get("id");
                s.setProperty("shop." + i + ".sales", Integer.toString(Integer.parseInt(s.getProperty("shop." + i + ".sales")) + 1));
                long t0 = System.nanoTime();
                Resp back = poll(url(s, reader) + "/api/v1/sales/" + id, token, timeout);
                slowestReadMs = Math.max(slowestReadMs, (System.nanoTime() - t0) / 1_000_000);
                if (back.status == 200 && id.equals(((Map<?, ?>) back.json()).get("id"))) {
                    found++;
                } else {
                    lost++;
                    failures.add("sale " + id + " written on " + writer + " not found on " + reader + ": " + back);
                }
                String share = "{\"channel\":\"SMS\",\"to\":\"+919822012345\"}";
                Resp shared = send("POST", url(s, reader) + "/api/v1/sales/" + id + "/share", token, share,
                        UUID.randomUUID().toString());
                if (shared.status == 201) {
                    acked++;
                    found++; // shared through the other instance: it found the sale's aggregate
                } else {
                    lost++;
                    failures.add("share of " + id + " on " + reader + ": " + shared);
                }
            }
        }
        notes.add("slowest read-back " + slowestReadMs + " ms");

        // every projection catches up, each event handled once: summary, payments, messages equal the sales exactly
        String checkOn = url(s, read.equals("other") ? live.get(live.size() - 1) : read);
        long caughtUpMs = 0;
        for (int i = 0; i < shops; i++) {
            String token = tokens.get(i);
            int expected = Integer.parseInt(s.getProperty("shop." + i + ".sales"));
            long t0 = System.nanoTime();
            long deadline = t0 + timeout * 1_000_000_000L;
            int[] seen = counts(checkOn, token);
            while (!(seen[0] == expected && seen[1] == expected && seen[2] == expected) && System.nanoTime() < deadline) {
                Thread.sleep(250);
                seen = counts(checkOn, token);
            }
            caughtUpMs = Math.max(caughtUpMs, (System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(1500); // anything handled twice would show up now
            seen = counts(checkOn, token);
            String[] what = {"daily-summary salesCount", "payments", "RECEIPT messages"};
            for (int c = 0; c < 3; c++) {
                if (seen[c] > expected) {
                    dup += seen[c] - expected;
                    failures.add("shop " + i + " " + what[c] + " " + seen[c] + " > " + expected + " sales (duplicates)");
                } else if (seen[c] < expected) {
                    lost += expected - seen[c];
                    failures.add("shop " + i + " " + what[c] + " " + seen[c] + " < " + expected + " sales (lost or late)");
                }
            }
            if (seen[3] > 0) {
                dup += seen[3];
                failures.add("shop " + i + ": " + seen[3] + " messages with more than one delivery attempt");
            }
        }
        notes.add("projections caught up in " + caughtUpMs + " ms"
                + (killedAt > 0 ? " (" + (System.currentTimeMillis() - killedAt) + " ms after the kill)" : ""));

        // token store: no segment claimed by two instances, every segment of every streaming processor claimed
        String claims = claims(s, live, segments, timeout, failures);
        notes.add(claims);

        String key = "round." + name + ".";
        s.setProperty("rounds", s.getProperty("rounds") + "," + name);
        s.setProperty(key + "label", o.getOrDefault("label", name));
        s.setProperty(key + "acked", Integer.toString(acked));
        s.setProperty(key + "found", Integer.toString(found));
        s.setProperty(key + "dup", Integer.toString(dup));
        s.setProperty(key + "lost", Integer.toString(lost));
        s.setProperty(key + "notes", String.join("; ", notes));
        s.setProperty(key + "failures", String.join(" | ", failures));
        s.setProperty(key + "seconds", Long.toString((System.nanoTime() - started) / 1_000_000_000L));
        save(o, s);
        System.out.println("round " + name + ": acked " + acked + ", found " + found + ", duplicates " + dup + ", lost "
                + lost + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures)));
    }

    /** {salesCount in today's summary, payments, RECEIPT messages, messages with more than one attempt}. */
    static int[] counts(String base, String token) throws Exception {
        int[] out = new int[4];
        Resp summary = send("GET", base + "/api/v1/reports/daily-summary", token, null, null);
        out[0] = summary.status == 200 ? ((Number) ((Map<?, ?>) summary.json()).get("salesCount")).intValue() : -1;
        out[1] = listSize(base + "/api/v1/payments?limit=200", token, "payments");
        Resp messages = send("GET", base + "/api/v1/notifications?kind=RECEIPT&limit=200", token, null, null);
        if (messages.status == 200) {
            List<?> items = (List<?>) ((Map<?, ?>) messages.json()).get("items");
            out[2] = items.size();
            for (Object m : items) {
                Object history = ((Map<?, ?>) m).get("history");
                if (history instanceof List<?> h) {
                    long attempts = h.stream().filter(e -> "SENDING".equals(((Map<?, ?>) e).get("status"))).count();
                    if (attempts > 1) {
                        out[3]++;
                    }
                }
            }
        } else {
            out[2] = -1;
        }
        return out;
    }

    static int listSize(String url, String token, String field) throws Exception {
        Resp r = send("GET", url, token, null, null);
        if (r.status != 200 || !(((Map<?, ?>) r.json()).get(field) instanceof List<?> list)) {
            return -1;
        }
        return list.size();
    }

    /**
     * Asks each live instance (as the platform admin) which segments its streaming processors hold; waits until every
     * segment of every streaming processor is held by exactly one instance.
     */
    static String claims(Properties s, List<String> live, int segments, long timeout, List<String> failures)
            throws Exception {
        String adminEmail = System.getenv().getOrDefault("BAHI_ADMIN_EMAIL", "");
        String adminPassword = System.getenv().getOrDefault("BAHI_ADMIN_PASSWORD", "");
        if (adminEmail.isBlank()) {
            return "claims not checked (no BAHI_ADMIN_EMAIL)";
        }
        Map<String, String> tokens = new HashMap<>();
        for (String instance : live) {
            Resp login = send("POST", url(s, instance) + "/api/v1/auth/login", null,
                    "{\"login\":\"" + adminEmail + "\",\"password\":\"" + adminPassword + "\"}", null);
            check(login.status == 200, "admin login on " + instance + ": " + login);
            tokens.put(instance, (String) ((Map<?, ?>) login.json()).get("accessToken"));
        }
        long deadline = System.nanoTime() + timeout * 1_000_000_000L;
        String problem;
        Map<String, Integer> perInstance;
        int processors;
        do {
            problem = null;
            perInstance = new TreeMap<>();
            Map<String, Map<Integer, String>> holders = new TreeMap<>();
            Map<String, Integer> expectedSegments = new HashMap<>();
            for (String instance : live) {
                perInstance.put(instance, 0);
                Resp r = send("GET", url(s, instance) + "/api/v1/admin/projections", tokens.get(instance), null, null);
                if (r.status != 200) {
                    problem = "GET /admin/projections on " + instance + ": " + r;
                    break;
                }
                for (Object p : (List<?>) ((Map<?, ?>) r.json()).get("processors")) {
                    Map<?, ?> processor = (Map<?, ?>) p;
                    String kind = (String) processor.get("kind");
                    if (!kind.equals("TRACKING") && !kind.equals("POOLED")) {
                        continue;
                    }
                    String pname = (String) processor.get("name");
                    expectedSegments.put(pname, kind.equals("POOLED") ? segments : 1);
                    Map<Integer, String> held = holders.computeIfAbsent(pname, k -> new TreeMap<>());
                    for (Object seg : (List<?>) processor.get("segments")) {
                        int id = ((Number) ((Map<?, ?>) seg).get("segmentId")).intValue();
                        String previous = held.put(id, instance);
                        perInstance.merge(instance, 1, Integer::sum);
                        if (previous != null && !previous.equals(instance)) {
                            problem = pname + " segment " + id + " claimed by " + previous + " and " + instance;
                        }
                    }
                }
            }
            processors = holders.size();
            if (problem == null) {
                for (var e : holders.entrySet()) {
                    if (e.getValue().size() != expectedSegments.get(e.getKey())) {
                        problem = e.getKey() + " holds " + e.getValue().keySet() + " of " + expectedSegments.get(e.getKey())
                                + " segments";
                        break;
                    }
                }
            }
            if (problem != null) {
                Thread.sleep(500);
            }
        } while (problem != null && System.nanoTime() < deadline);
        if (problem != null) {
            failures.add("token claims: " + problem);
            return "claims NOT settled: " + problem;
        }
        return processors + " streaming processors, each segment held once (segments held: " + perInstance + ")";
    }

    static boolean report(Map<String, String> o) throws Exception {
        Properties s = load(o);
        String[] rounds = s.getProperty("rounds").split(",");
        boolean ok = true;
        StringBuilder out = new StringBuilder();
        String fmt = "| %-48s | %5s | %5s | %4s | %4s | %-4s |%n";
        out.append(String.format(fmt, "round", "acked", "found", "dup", "lost", "pass"));
        out.append(String.format(fmt, "-".repeat(48), "-----", "-----", "----", "----", "----"));
        int tAcked = 0;
        int tFound = 0;
        int tDup = 0;
        int tLost = 0;
        List<String> details = new ArrayList<>();
        for (String r : rounds) {
            String key = "round." + r + ".";
            int acked = Integer.parseInt(s.getProperty(key + "acked", "0"));
            int found = Integer.parseInt(s.getProperty(key + "found", "0"));
            int dup = Integer.parseInt(s.getProperty(key + "dup", "0"));
            int lost = Integer.parseInt(s.getProperty(key + "lost", "0"));
            String failures = s.getProperty(key + "failures", "");
            boolean pass = dup == 0 && lost == 0 && found == acked && failures.isEmpty();
            ok &= pass;
            tAcked += acked;
            tFound += found;
            tDup += dup;
            tLost += lost;
            out.append(String.format(fmt, s.getProperty(key + "label", r), acked, found, dup, lost, pass ? "PASS" : "FAIL"));
            details.add("  " + r + ": " + s.getProperty(key + "notes", "")
                    + (failures.isEmpty() ? "" : "\n    FAILURES: " + failures));
        }
        String expectedRounds = o.get("expect-rounds");
        if (expectedRounds != null && rounds.length != Integer.parseInt(expectedRounds)) {
            ok = false;
            details.add("  only " + rounds.length + " of " + expectedRounds + " rounds ran");
        }
        out.append(String.format(fmt, "total", tAcked, tFound, tDup, tLost, ok ? "PASS" : "FAIL"));
        System.out.print(out);
        System.out.println(String.join("\n", details));
        System.out.println(ok ? "SCALE-OUT DRILL PASSED" : "SCALE-OUT DRILL FAILED");
        return ok;
    }

    // ---------------------------------------------------------------- HTTP and JSON

    record Resp(int status, String body) {
        Object json() {
            return new Json(body).value();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static Resp send(String method, String url, String token, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            return new Resp(-1, e.toString());
        }
    }

    /** GET until 200 (a tracking projection catching up, or the other instance's processor) or the timeout. */
    static Resp poll(String url, String token, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Resp r = send("GET", url, token, null, null);
        while (r.status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = send("GET", url, token, null, null);
        }
        return r;
    }

    static String url(Properties s, String instance) {
        String u = s.getProperty("url." + instance);
        if (u == null) {
            throw new IllegalArgumentException("no instance " + instance);
        }
        return u;
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("drill step failed: " + what);
        }
    }

    static Properties load(Map<String, String> o) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Path.of(o.get("state")))) {
            p.load(in);
        }
        return p;
    }

    static void save(Map<String, String> o, Properties p) throws Exception {
        try (var out = Files.newBufferedWriter(Path.of(o.get("state")))) {
            p.store(out, "scale-out drill state");
        }
    }

    /** A small JSON reader: objects as LinkedHashMap, arrays as ArrayList, numbers as Long/Double. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // :
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String num = s.substring(start, i);
                    return num.matches("-?\\d+") ? (Object) Long.parseLong(num) : (Object) Double.parseDouble(num);
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
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

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
