package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code --bahi.demo=true} creates demo shops whose printed logins work, and does so only once. */
class DemoDataIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BahiApplication.class)
                .run("--server.port=0", "--bahi.data-dir=" + dataDir,
                        "--bahi.demo=true");
    }

    @Test
    void demo_shops_are_created_once_and_their_logins_work() {
        String tenantId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(Integer.parseInt(first.getEnvironment().getProperty("local.server.port")));
            Api.Response owner = api.post("/api/v1/auth/login", null,
                    Map.of("login", "ravi@sharma.example", "password", "bahi-demo-2026"));
            assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
            tenantId = owner.text("tenantId");
            Api.Response cashier = api.post("/api/v1/auth/login", null,
                    Map.of("login", "9822012345", "password", "bahi-demo-2026"));
            assertThat(cashier.status()).as(cashier.toString()).isEqualTo(200);
            assertThat(cashier.text("tenantId")).isEqualTo(tenantId);
            assertThat(api.get("/api/v1/users/me", cashier.text("accessToken")).text("role")).isEqualTo("CASHIER");
            Api.Response composition = api.post("/api/v1/auth/login", null,
                    Map.of("login", "meena@patil.example", "password", "bahi-demo-2026"));
            assertThat(composition.status()).as(composition.toString()).isEqualTo(200);
            assertThat(composition.text("tenantId")).isNotEqualTo(tenantId);
        }
        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
            Api.Response owner = api.post("/api/v1/auth/login", null,
                    Map.of("login", "ravi@sharma.example", "password", "bahi-demo-2026"));
            assertThat(owner.status()).as("a second start reuses the demo shop: " + owner).isEqualTo(200);
            assertThat(owner.text("tenantId")).isEqualTo(tenantId);
        }
    }
}
