package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.EcPrivateJwk;
import io.jsonwebtoken.security.Jwks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called with every kind of credential that must not reach shop A's data:
 * no token, an expired token (real key), a tampered token, a disabled user's token, the token of a suspended shop's
 * owner, and another shop's owner token. Afterwards shop A's resources are read back and must be unchanged.
 *
 * <p>The platform's rules, as implemented by {@code JwtAuthenticationFilter} and {@code SecurityConfiguration}:
 * <ul>
 *   <li>A bearer token that does not verify (expired, tampered) or whose user is disabled or whose shop is suspended
 *       is answered 401 on <em>every</em> route, public ones included: the filter refuses it before authorisation.
 *       Codes: TOKEN_EXPIRED, TOKEN_INVALID, USER_DISABLED, TENANT_SUSPENDED.</li>
 *   <li>No token at all: non-public routes answer 401 UNAUTHENTICATED; public routes ({@link #PUBLIC}) answer as
 *       they would to anyone, and the credential-carrying ones (signed links, signed webhooks) refuse with a 4xx.</li>
 *   <li>Another shop's valid owner token: platform-admin routes 403 FORBIDDEN (the token is valid, the role is not);
 *       anything addressing A's resources 404; list and report routes answer B's own data and contain nothing of
 *       A's (ids and names).</li>
 * </ul>
 */
class TenantIsolationIT extends SalesEndToEndTest {

    /** Every operation of the API. A new endpoint must be added here (and so get covered). */
    static final Set<String> EXPECTED = Set.of(
            "GET /.well-known/jwks.json",
            "POST /api/v1/signup",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/logout",
            "POST /api/v1/auth/register",
            "GET /api/v1/users/me",
            "POST /api/v1/users/me/devices",
            "GET /api/v1/users",
            "POST /api/v1/users",
            "GET /api/v1/users/{id}",
            "PATCH /api/v1/users/{id}",
            "POST /api/v1/users/invitations",
            "GET /api/v1/tenant",
            "PATCH /api/v1/tenant",
            "POST /api/v1/tenants",
            "GET /api/v1/tenants",
            "GET /api/v1/tenants/{id}",
            "POST /api/v1/tenants/{id}/suspend",
            "POST /api/v1/tenants/{id}/reactivate",
            "POST /api/v1/items",
            "GET /api/v1/items",
            "GET /api/v1/items/{id}",
            "PATCH /api/v1/items/{id}",
            "POST /api/v1/items/{id}/archive",
            "POST /api/v1/items/import",
            "POST /api/v1/items/{id}/stock-movements",
            "GET /api/v1/items/{id}/stock-movements",
            "PATCH /api/v1/items/{id}/stock",
            "GET /api/v1/items/{id}/stock",
            "GET /api/v1/stock/valuation",
            "GET /api/v1/inventory/settings",
            "PATCH /api/v1/inventory/settings",
            "POST /api/v1/sales",
            "GET /api/v1/sales",
            "GET /api/v1/sales/{id}",
            "POST /api/v1/sales/{id}/cancel",
            "POST /api/v1/sales/{saleId}/gst-invoice",
            "GET /api/v1/sales/{saleId}/gst-invoice/pdf",
            "GET /api/v1/shared/invoices/{tenantId}/{saleId}.pdf",
            "POST /api/v1/sales/{saleId}/returns",
            "GET /api/v1/sales/{saleId}/returns/{returnId}/pdf",
            "POST /api/v1/sales/{saleId}/share",
            "POST /api/v1/customers",
            "GET /api/v1/customers",
            "GET /api/v1/customers/{id}",
            "PATCH /api/v1/customers/{id}",
            "POST /api/v1/customers/{id}/adjustments",
            "GET /api/v1/customers/{id}/ledger",
            "GET /api/v1/customers/{id}/statement.pdf",
            "POST /api/v1/customers/{id}/reminders",
            "GET /api/v1/customers/{id}/reminders",
            "GET /api/v1/udhaar/reminder-policy",
            "PATCH /api/v1/udhaar/reminder-policy",
            "POST /api/v1/payments",
            "GET /api/v1/payments",
            "GET /api/v1/payments/{id}",
            "PATCH /api/v1/payments/{id}",
            "POST /api/v1/payments/{id}/refunds",
            "GET /api/v1/payments/analytics",
            "POST /api/v1/payments/upi-requests",
            "GET /api/v1/payments/upi-requests/{id}",
            "GET /api/v1/payments/upi-requests/{id}/qr.png",
            "GET /api/v1/payments/providers",
            "PUT /api/v1/payments/providers/{provider}",
            "POST /api/v1/webhooks/payments/{provider}",
            "GET /api/v1/notifications",
            "GET /api/v1/notifications/{notificationId}",
            "GET /api/v1/notifications/settings",
            "PATCH /api/v1/notifications/settings",
            "GET /api/v1/notifications/templates",
            "GET /api/v1/notifications/templates/{kind}/{language}",
            "PUT /api/v1/notifications/templates/{kind}/{language}",
            "DELETE /api/v1/notifications/templates/{kind}/{language}",
            "POST /api/v1/notifications/templates/{kind}/{language}/preview",
            "POST /api/v1/notifications/consents",
            "GET /api/v1/notifications/consents",
            "GET /api/v1/webhooks/whatsapp",
            "POST /api/v1/webhooks/whatsapp",
            "GET /api/v1/reports/daily-summary",
            "GET /api/v1/reports/gstr1",
            "GET /api/v1/reports/gstr3b",
            "GET /api/v1/reports/hsn-summary",
            "GET /api/v1/reports/sales-register",
            "GET /api/v1/reports/udhaar-balances",
            "GET /api/v1/reports/stock-summary",
            "GET /api/v1/audit/events",
            "GET /api/v1/audit/verify",
            "GET /api/v1/admin/projections",
            "POST /api/v1/admin/projections/{name}/rebuild");

    /** Routes anyone may call without a token, and why (see SecurityConfiguration.PUBLIC_POSTS/GETS). */
    static final Map<String, String> PUBLIC = Map.of(
            "GET /.well-known/jwks.json", "public keys of the access tokens",
            "POST /api/v1/signup", "self-service onboarding",
            "POST /api/v1/auth/login", "exchanges a password for tokens",
            "POST /api/v1/auth/refresh", "the refresh token in the body is the credential",
            "POST /api/v1/auth/register", "the invitation in the body is the credential",
            "GET /api/v1/shared/invoices/{tenantId}/{saleId}.pdf", "the HMAC-signed link is the credential",
            "POST /api/v1/webhooks/payments/{provider}", "X-Bahi-Signature over the raw body is the credential",
            "GET /api/v1/webhooks/whatsapp", "Meta's handshake: hub.verify_token is the credential",
            "POST /api/v1/webhooks/whatsapp", "X-Hub-Signature-256 over the raw body is the credential");

    /** Public routes whose credential is not a token: without it they must refuse (4xx). */
    static final Set<String> SIGNED_PUBLIC = Set.of(
            "GET /api/v1/shared/invoices/{tenantId}/{saleId}.pdf", "POST /api/v1/webhooks/payments/{provider}",
            "GET /api/v1/webhooks/whatsapp", "POST /api/v1/webhooks/whatsapp");

    /** Platform-admin routes: another shop's owner (valid token, wrong role) gets 403. */
    static final Set<String> ADMIN_ONLY = Set.of(
            "POST /api/v1/tenants", "GET /api/v1/tenants", "GET /api/v1/tenants/{id}",
            "POST /api/v1/tenants/{id}/suspend", "POST /api/v1/tenants/{id}/reactivate",
            "GET /api/v1/admin/projections", "POST /api/v1/admin/projections/{name}/rebuild");

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    /** What shop A owns, by the name the paths use. */
    private final Map<String, String> a = new LinkedHashMap<>();

    // -----------------------------------------------------------------------------------------------------------------

    /** The OpenAPI document, read once (its first rendering is slow on a loaded machine: IsolationHttp waits 60 s). */
    private static JsonNode apiDocs;

    private JsonNode operations() throws Exception {
        if (apiDocs == null) {
            IsolationHttp.Answer docs = IsolationHttp.send(port, "GET", "/v3/api-docs", null, null);
            assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
            apiDocs = Api.JSON.readTree(docs.body());
        }
        return apiDocs.path("paths");
    }

    private Set<String> documented() throws Exception {
        Set<String> ops = new TreeSet<>();
        JsonNode paths = operations();
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = paths.path(path).fieldNames(); m.hasNext(); ) {
                String method = m.next().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    ops.add(method + " " + path);
                }
            }
        }
        return ops;
    }

    @Test
    void every_documented_operation_is_covered_and_every_covered_one_is_documented() throws Exception {
        Set<String> documented = documented();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(EXPECTED);
        Set<String> stale = new TreeSet<>(EXPECTED);
        stale.removeAll(documented);
        assertThat(missing).as("add %s to TenantIsolationIT.EXPECTED (and give it a body/expectation)", missing)
                .isEmpty();
        assertThat(stale).as("operations in TenantIsolationIT.EXPECTED the OpenAPI document no longer has: %s", stale)
                .isEmpty();
        assertThat(EXPECTED).containsAll(PUBLIC.keySet()).containsAll(ADMIN_ONLY);
    }

    // -----------------------------------------------------------------------------------------------------------------

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String expiredToken(String userId, String tenantId) throws Exception {
        EcPrivateJwk key = (EcPrivateJwk) Jwks.parser().build()
                .parse(Files.readString(Path.of("target/e2e-data/jwt-signing-key.jwk.json")));
        return Jwts.builder().header().keyId(key.getId()).and()
                .issuer("bahi").subject(userId).id(UUID.randomUUID().toString())
                .issuedAt(Date.from(Instant.now().minusSeconds(3600)))
                .expiration(Date.from(Instant.now().minusSeconds(1800)))
                .claim("tenant_id", tenantId).claim("roles", List.of("OWNER"))
                .signWith(key.toKey(), Jwts.SIG.ES256).compact();
    }

    /** A's real owner token with the roles claim edited to PLATFORM_ADMIN: the signature no longer matches. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"OWNER\"", "\"PLATFORM_ADMIN\"");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    private String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.text("id");
    }

    /** Shop A with one resource of each kind; its ids in {@link #a}. */
    private Shop setUpShopA() {
        Shop shop = signUp("Isolation Alpha " + marker);
        String token = shop.accessToken();
        a.put("tenant", shop.tenantId());
        a.put("owner", shop.ownerId());
        Map<String, Object> itemBody = atta("ISO-" + marker);
        itemBody.put("name", "Alpha Atta " + marker);
        a.put("item", createItem(token, itemBody));
        receive(token, a.get("item"), "50");
        a.put("customer", created(api.post("/api/v1/customers", token,
                Map.of("name", "Alpha Meena " + marker, "phone", uniquePhone(), "creditLimit", "5000.00"))));
        Map<String, Object> sale = sale(List.of(line(a.get("item"), "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", a.get("customer")));
        a.put("sale", recordSale(token, sale).path("id").asText());
        Api.Response invoice = api.post(SALES + "/" + a.get("sale") + "/gst-invoice", token, "");
        assertThat(invoice.status()).as(invoice.toString()).isIn(200, 201);
        a.put("return", created(api.post(SALES + "/" + a.get("sale") + "/returns", token,
                Map.of("lines", List.of(line(a.get("item"), "1")), "reason", "CHANGED_MIND"))));
        a.put("payment", created(api.post("/api/v1/payments", token,
                Map.of("method", "CASH", "amount", "100.00", "customerId", a.get("customer")))));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "185.00".equals(api.get("/api/v1/customers/" + a.get("customer"), token).text("balance")));
        Api.Response upi = api.post("/api/v1/payments/upi-requests", token, Map.of("customerId", a.get("customer")));
        a.put("upi", created(upi));
        a.put("upiReference", upi.text("reference"));
        a.put("notification", created(api.post(SALES + "/" + a.get("sale") + "/share", token,
                Map.of("channel", "SMS", "to", "+919822012345"))));
        Api.Response reminded = api.post("/api/v1/customers/" + a.get("customer") + "/reminders", token,
                Map.of("channel", "SMS"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        a.put("consentTo", "+919822054321");
        assertThat(api.post("/api/v1/notifications/consents", token,
                Map.of("channel", "SMS", "to", a.get("consentTo"), "optedIn", false)).status()).isIn(200, 201);
        Api.Response template = api.put("/api/v1/notifications/templates/INVOICE/hi", token,
                Map.of("body", "Alpha template " + marker + " {{invoiceNumber}}"));
        assertThat(template.status()).as(template.toString()).isIn(200, 201);
        String cashierPhone = uniquePhone();
        addUser(shop, "CASHIER", cashierPhone);
        a.put("user", api.get("/api/v1/users/me", login(cashierPhone, PASSWORD).text("accessToken")).text("id"));
        return shop;
    }

    private String pathFor(String op) {
        String path = op.substring(op.indexOf(' ') + 1);
        String resource;
        if (path.startsWith("/api/v1/users/")) {
            resource = a.get("user");
        } else if (path.startsWith("/api/v1/tenants/")) {
            resource = a.get("tenant");
        } else if (path.startsWith("/api/v1/items/")) {
            resource = a.get("item");
        } else if (path.startsWith("/api/v1/customers/")) {
            resource = a.get("customer");
        } else if (path.startsWith("/api/v1/payments/upi-requests/")) {
            resource = a.get("upi");
        } else if (path.startsWith("/api/v1/payments/")) {
            resource = a.get("payment");
        } else {
            resource = a.get("sale");
        }
        return path.replace("{id}", resource)
                .replace("{saleId}", a.get("sale"))
                .replace("{returnId}", a.get("return"))
                .replace("{notificationId}", a.get("notification"))
                .replace("{tenantId}", a.get("tenant"))
                .replace("{kind}", "INVOICE")
                .replace("{language}", "hi")
                .replace("{provider}", "generic")
                .replace("{name}", "isolation-no-such-processor")
                + switch (op) {
                    case "GET /api/v1/notifications/consents" -> "?to=" + a.get("consentTo").replace("+", "%2B");
                    case "GET /api/v1/sales" -> "?customerId=" + a.get("customer");
                    case "GET /api/v1/audit/events" -> "?aggregateId=" + a.get("sale");
                    case "GET /api/v1/webhooks/whatsapp" -> "?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1";
                    default -> "";
                };
    }

    /** A plausible body, aimed at A's resources wherever the operation takes an id in the body. */
    private String bodyFor(String op) throws Exception {
        if (op.startsWith("GET ") || op.startsWith("DELETE ")) {
            return null;
        }
        Object body = switch (op) {
            case "POST /api/v1/sales" -> Map.of("lines", List.of(line(a.get("item"), "1")),
                    "payment", Map.of("mode", "CREDIT"), "customer", Map.of("customerId", a.get("customer")));
            case "POST /api/v1/payments" -> Map.of("method", "CASH", "amount", "1.00",
                    "saleId", a.get("sale"), "customerId", a.get("customer"));
            case "POST /api/v1/payments/upi-requests" -> Map.of("customerId", a.get("customer"));
            case "PATCH /api/v1/payments/{id}" -> Map.of("status", "FAILED");
            case "POST /api/v1/payments/{id}/refunds" -> Map.of("amount", "1.00", "reason", "isolation");
            case "PUT /api/v1/payments/providers/{provider}" -> Map.of("secret", "isolation-secret-0123456789");
            case "POST /api/v1/webhooks/payments/{provider}" -> Map.of("eventId", "iso-" + marker,
                    "merchantId", a.get("tenant"), "type", "payment.succeeded", "reference", a.get("upiReference"),
                    "amount", "185.00");
            case "PATCH /api/v1/items/{id}" -> Map.of("name", "Hijacked");
            case "POST /api/v1/items/{id}/stock-movements" -> Map.of("kind", "RECEIVED", "quantity", "5");
            case "PATCH /api/v1/items/{id}/stock" -> Map.of("kind", "COUNT", "quantity", "1");
            case "PATCH /api/v1/customers/{id}" -> Map.of("name", "Hijacked");
            case "POST /api/v1/customers/{id}/adjustments" -> Map.of("amount", "-185.00", "reason", "isolation");
            case "POST /api/v1/customers/{id}/reminders" -> Map.of("channel", "SMS");
            case "POST /api/v1/sales/{id}/cancel" -> Map.of("reason", "isolation");
            case "POST /api/v1/sales/{saleId}/returns" -> Map.of("lines", List.of(line(a.get("item"), "1")),
                    "reason", "OTHER");
            case "POST /api/v1/sales/{saleId}/share" -> Map.of("channel", "SMS", "to", "+919822000001");
            case "PATCH /api/v1/users/{id}" -> Map.of("status", "DISABLED");
            case "POST /api/v1/tenants/{id}/suspend" -> Map.of("reason", "isolation");
            case "PUT /api/v1/notifications/templates/{kind}/{language}" -> Map.of("body", "Hijacked {{invoiceNumber}}");
            case "POST /api/v1/notifications/consents" -> Map.of("channel", "SMS", "to", a.get("consentTo"),
                    "optedIn", true);
            default -> Map.of();
        };
        return Api.JSON.writeValueAsString(body);
    }

    private IsolationHttp.Answer call(String op, String token) throws Exception {
        String method = op.substring(0, op.indexOf(' '));
        if (op.equals("POST /api/v1/items/import")) {
            String csv = "sku,name,hsn,gstRate,unit,salePrice\nISO-" + marker + ",Hijacked,1101,5,PCS,1.00\n";
            return IsolationHttp.send(port, method, pathFor(op), token, "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8));
        }
        return IsolationHttp.send(port, method, pathFor(op), token, bodyFor(op));
    }

    /** Everything of A another shop's answer must not contain. */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String key : List.of("tenant", "owner", "item", "customer", "sale", "return", "payment", "upi",
                "notification", "user")) {
            secrets.add(a.get(key));
        }
        secrets.add(a.get("upiReference"));
        secrets.add("Alpha Atta " + marker);
        secrets.add("Alpha Meena " + marker);
        secrets.add("Alpha template " + marker);
        secrets.add("Isolation Alpha " + marker);
        return secrets;
    }

    /** A's resources as A's owner reads them, with the parts that are computed per request taken out. */
    private Map<String, String> snapshot(String token) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/items/" + a.get("item"), "/api/v1/items/" + a.get("item") + "/stock-movements",
                "/api/v1/items?includeArchived=true", "/api/v1/sales/" + a.get("sale"), "/api/v1/sales",
                "/api/v1/customers/" + a.get("customer"), "/api/v1/customers",
                "/api/v1/customers/" + a.get("customer") + "/ledger",
                "/api/v1/customers/" + a.get("customer") + "/reminders",
                "/api/v1/payments/" + a.get("payment"), "/api/v1/payments",
                "/api/v1/payments/upi-requests/" + a.get("upi"), "/api/v1/payments/providers",
                "/api/v1/notifications/" + a.get("notification"), "/api/v1/notifications?limit=200",
                "/api/v1/notifications/settings", "/api/v1/notifications/templates/INVOICE/hi",
                "/api/v1/notifications/consents?to=" + a.get("consentTo").replace("+", "%2B"),
                "/api/v1/inventory/settings", "/api/v1/udhaar/reminder-policy", "/api/v1/tenant",
                "/api/v1/users?limit=200", "/api/v1/audit/events?limit=200")) {
            IsolationHttp.Answer answer = IsolationHttp.send(port, "GET", path, token, null);
            state.put(path, answer.status() + " " + answer.body()
                    .replaceAll("expires=\\d+&signature=[A-Za-z0-9_\\-%=]+", "expires=…")
                    .replaceAll("\"(lastLoginAt|lastSeenAt|asOf|generatedAt)\":\"[^\"]*\"", "\"$1\":…"));
        }
        return state;
    }

    private void awaitSettled(String token) {
        // the share and the reminder are sent in the background: wait until both messages reached their end
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode list = api.get("/api/v1/notifications?limit=200", token).body().path("notifications");
            if (list.isMissingNode() || list.size() < 2) {
                list = api.get("/api/v1/notifications?limit=200", token).body().path("items");
            }
            if (list.size() < 2) {
                return false;
            }
            for (JsonNode n : list) {
                if (Set.of("PENDING", "SENDING").contains(n.path("status").asText())) {
                    return false;
                }
            }
            return true;
        });
        // and until the read models stopped moving
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(700)).until(new java.util.concurrent
                .Callable<Boolean>() {
            Map<String, String> last = Map.of();

            @Override
            public Boolean call() {
                Map<String, String> now = snapshot(token);
                boolean same = now.equals(last);
                last = now;
                return same;
            }
        });
    }

    @Test
    void no_stranger_and_no_bad_token_reaches_or_changes_another_shops_data() throws Exception {
        Set<String> ops = new TreeSet<>(documented());
        ops.retainAll(EXPECTED);

        Shop shopA = setUpShopA();
        Shop shopB = signUp("Isolation Bravo " + marker);
        // a disabled user of A
        String disabledPhone = uniquePhone();
        String disabledToken = addUser(shopA, "MANAGER", disabledPhone);
        String disabledId = api.get("/api/v1/users/me", disabledToken).text("id");
        assertThat(api.patch("/api/v1/users/" + disabledId, shopA.accessToken(), Map.of("status", "DISABLED"))
                .status()).isEqualTo(200);
        // the owner of A', a shop the platform admin suspended (A itself must keep working)
        Shop suspendedShop = signUp("Isolation Suspended " + marker);
        Api.Response suspended = api.post("/api/v1/tenants/" + suspendedShop.tenantId() + "/suspend", adminToken(),
                Map.of("reason", "isolation test"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        awaitSettled(shopA.accessToken());
        Map<String, String> before = snapshot(shopA.accessToken());

        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("TOKEN_EXPIRED", expiredToken(shopA.ownerId(), shopA.tenantId()));
        badTokens.put("TOKEN_INVALID", tampered(shopA.accessToken()));
        badTokens.put("USER_DISABLED", disabledToken);
        badTokens.put("TENANT_SUSPENDED", suspendedShop.accessToken());

        SoftAssertions soft = new SoftAssertions();
        List<String> secrets = secrets();
        // (a)-(e) change nothing and depend on nothing: sent four at a time
        List<String[]> calls = new ArrayList<>();
        for (String op : ops) {
            calls.add(new String[] {op, "UNAUTHENTICATED", null});
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                calls.add(new String[] {op, bad.getKey(), bad.getValue()});
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<IsolationHttp.Answer>> answers = new ArrayList<>();
        try {
            for (String[] c : calls) {
                answers.add(pool.submit(() -> call(c[0], c[2])));
            }
            for (int i = 0; i < calls.size(); i++) {
                String op = calls.get(i)[0];
                String kind = calls.get(i)[1];
                IsolationHttp.Answer answer = answers.get(i).get();
                if (calls.get(i)[2] == null) {
                    // (a) no token
                    soft.assertThat(answer.status()).as("%s without a token: %s", op, answer).isLessThan(500);
                    if (!PUBLIC.containsKey(op)) {
                        soft.assertThat(answer.status()).as("%s without a token: %s", op, answer).isEqualTo(401);
                        soft.assertThat(answer.body()).as("%s without a token", op).contains(kind);
                    } else if (SIGNED_PUBLIC.contains(op)) {
                        soft.assertThat(answer.status()).as("%s without its signature (%s): %s", op, PUBLIC.get(op),
                                answer).isBetween(400, 499);
                    }
                } else {
                    // (b)-(e): refused by the filter on every route, public ones included
                    soft.assertThat(answer.status()).as("%s with a %s token: %s", op, kind, answer).isEqualTo(401);
                    soft.assertThat(answer.isProblem()).as("%s with a %s token: %s", op, kind, answer).isTrue();
                    soft.assertThat(answer.body()).as("%s with a %s token", op, kind).contains(kind);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // (f) shop B's owner, logging out last (it ends B's own token)
        List<String> ordered = new ArrayList<>(ops);
        if (ordered.remove("POST /api/v1/auth/logout")) {
            ordered.add("POST /api/v1/auth/logout");
        }
        for (String op : ordered) {
            IsolationHttp.Answer answer = call(op, shopB.accessToken());
            String path = pathFor(op);
            String what = op + " as shop B's owner → " + answer;
            soft.assertThat(answer.status()).as(what).isLessThan(500);
            String pathPart = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            String shown = answer.body().replace(path, "").replace(pathPart, "");
            String asked = path + " " + bodyFor(op);
            for (String secret : secrets) {
                if (asked.contains(secret)) {
                    continue; // echoing the id the caller sent ("sale … not found") tells it nothing
                }
                soft.assertThat(shown).as("%s shows A's %s", what, secret).doesNotContain(secret);
            }
            boolean addressesA = op.contains("{id}") || op.contains("{saleId}") || op.contains("{tenantId}")
                    || op.contains("{notificationId}") || op.contains("{returnId}");
            boolean bodyAddressesA = Set.of("POST /api/v1/sales", "POST /api/v1/payments",
                    "POST /api/v1/payments/upi-requests").contains(op);
            if (ADMIN_ONLY.contains(op)) {
                // 403 FORBIDDEN; a body that fails validation is 400 first (argument resolution runs before the
                // method-security check), which refuses just as well and reveals nothing
                soft.assertThat(answer.status()).as(what).isIn(400, 403);
            } else if (SIGNED_PUBLIC.contains(op)) {
                soft.assertThat(answer.status()).as(what).isBetween(400, 499);
            } else if (addressesA) {
                soft.assertThat(answer.status()).as("%s: another shop's resource is unknown (404)", what).isEqualTo(404);
            } else if (bodyAddressesA) {
                soft.assertThat(answer.status()).as("%s: A's ids in the body must not be usable", what)
                        .isBetween(400, 499);
            }
        }
        soft.assertAll();

        // nothing of A changed
        Map<String, String> after = snapshot(shopA.accessToken());
        for (String path : before.keySet()) {
            assertThat(after.get(path)).as("A's %s after every call", path).isEqualTo(before.get(path));
        }
    }
}
