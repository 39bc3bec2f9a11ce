package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stops the application and starts it again on the same data directory (the on-disk embedded store). */
class RestartDurabilityIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BahiApplication.class)
                // command-line arguments: they outrank application.yml, as in a real start
                .run("--server.port=0", "--bahi.data-dir=" + dataDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void shops_users_tokens_and_read_models_survive_a_restart() {
        String ownerEmail = "owner-restart@shop.example";
        String tenantId;
        String ownerId;
        String cashierPhone = "+919822055555";
        String accessToken;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            Api.Response signup = api.post("/api/v1/signup", null, Map.of(
                    "business", EndToEndTest.business("Restart Kirana"),
                    "owner", EndToEndTest.owner(ownerEmail)));
            assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
            tenantId = signup.text("tenantId");
            ownerId = signup.text("userId");
            accessToken = signup.text("accessToken");
            assertThat(api.post("/api/v1/users", accessToken, Map.of("name", "Anil", "phone", cashierPhone,
                    "role", "CASHIER", "password", EndToEndTest.PASSWORD)).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(15)).until(() ->
                    api.get("/api/v1/users", accessToken).body().path("items").size() == 2);
        }

        assertThat(dataDir.resolve("bahi-store.mv")).exists();
        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            // the signing key was kept, so a token issued before the restart still verifies
            Api.Response me = api.get("/api/v1/users/me", accessToken);
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.text("id")).isEqualTo(ownerId);

            Api.Response login = api.post("/api/v1/auth/login", null,
                    Map.of("login", cashierPhone, "password", EndToEndTest.PASSWORD));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            assertThat(login.text("tenantId")).isEqualTo(tenantId);

            Api.Response shop = api.get("/api/v1/tenant", accessToken);
            assertThat(shop.status()).as(shop.toString()).isEqualTo(200);
            assertThat(shop.text("name")).isEqualTo("Restart Kirana");

            // tracking tokens were kept too: nothing is projected twice
            Api.Response users = api.get("/api/v1/users", accessToken);
            assertThat(users.body().path("items").size()).isEqualTo(2);

            // the unique login still holds after the restart
            Api.Response again = api.post("/api/v1/users", accessToken, Map.of("name", "Copy", "phone", cashierPhone,
                    "role", "CASHIER", "password", EndToEndTest.PASSWORD));
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
        }
    }
}
