package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port over the embedded store (in memory), with real HTTP and real
 * tokens. Every subclass shares one application context, so the suite starts it once.
 */
@AutoConfigureObservability
@SpringBootTest(classes = BahiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "bahi.mongo.embedded-in-memory=true",
            "bahi.axon.snapshot-threshold=" + EndToEndTest.SNAPSHOT_THRESHOLD,
            "bahi.data-dir=target/e2e-data",
            "bahi.admin.email=" + EndToEndTest.ADMIN_EMAIL,
            "bahi.admin.password=" + EndToEndTest.ADMIN_PASSWORD,
            // Tests run the reminder scan themselves, at the instants they choose.
            "bahi.udhaar.reminders.scan-enabled=false",
            // ... and the daily summaries too.
            "bahi.notifications.daily-summary.scan-enabled=false",
            // Every test logs in from 127.0.0.1, the admin many times; LoginThrottleIT tests the real limits.
            "bahi.security.login-throttle.per-address=1000000",
            "bahi.security.login-throttle.per-login=1000000",
            "bahi.security.cors-allowed-origins=https://app.bahi.example"
        })
public abstract class EndToEndTest {
    /** Low, so that end-to-end tests see aggregates loaded from snapshots. */
    public static final int SNAPSHOT_THRESHOLD = 20;
    public static final String ADMIN_EMAIL = "admin@bahi.example";
    public static final String ADMIN_PASSWORD = "platform admin passphrase";
    public static final String PASSWORD = "correct horse battery";
    /** Valid GSTINs from the GST rules' worked examples. */
    public static final String MAHARASHTRA_GSTIN = "27AAPFU0939F1ZV";
    public static final String KARNATAKA_GSTIN = "29AAGCB7383J1Z4";

    @LocalServerPort
    int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** A signed-up shop and its owner's tokens. */
    public record Shop(String tenantId, String ownerId, String ownerEmail, String accessToken, String refreshToken) {
    }

    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
    }

    /** A random valid Indian mobile number, unique enough for one test run. */
    protected static String uniquePhone() {
        long n = 9_000_000_000L + (long) (Math.random() * 999_999_999L);
        return "+91" + n;
    }

    protected static Map<String, Object> business(String name) {
        Map<String, Object> business = new LinkedHashMap<>();
        business.put("name", name);
        business.put("legalName", name + " Traders");
        business.put("gstRegistration", "REGULAR");
        business.put("gstin", MAHARASHTRA_GSTIN);
        business.put("stateCode", "27");
        business.put("address", Map.of("line1", "12 MG Road", "city", "Pune", "pincode", "411001"));
        business.put("phone", "+919812345678");
        business.put("upiId", "shop@okicici");
        return business;
    }

    protected static Map<String, Object> owner(String email) {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("name", "Ravi Sharma");
        owner.put("email", email);
        owner.put("password", PASSWORD);
        return owner;
    }

    protected Shop signUp(String shopName) {
        return signUp(business(shopName), uniqueEmail("owner"));
    }

    protected Shop signUp(Map<String, Object> business, String ownerEmail) {
        Api.Response response = api.post("/api/v1/signup", null,
                Map.of("business", business, "owner", owner(ownerEmail)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Shop(response.text("tenantId"), response.text("userId"), ownerEmail,
                response.text("accessToken"), response.text("refreshToken"));
    }

    protected Api.Response login(String login, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("login", login, "password", password));
    }

    protected String adminToken() {
        Api.Response response = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("accessToken");
    }

    /** Adds a user with a first password to the shop, as its owner; answers the new user's access token. */
    protected String addUser(Shop shop, String role, String phone) {
        Api.Response created = api.post("/api/v1/users", shop.accessToken(),
                Map.of("name", "Staff " + role, "phone", phone, "role", role, "password", PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response login = login(phone, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.text("accessToken");
    }

    protected static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }

    protected static void assertProblem(Api.Response response, int status, String code, String field) {
        assertProblem(response, status, code);
        assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
    }
}
