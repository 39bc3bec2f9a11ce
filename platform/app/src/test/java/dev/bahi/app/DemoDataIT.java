package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --bahi.demo=true} creates demo shops whose printed logins work, with their catalogues, and does so
 * only once.
 */
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

            String ownerToken = owner.text("accessToken");
            Api.Response catalogue = api.get("/api/v1/items?limit=200", ownerToken);
            assertThat(catalogue.body().path("items").size()).as(catalogue.toString()).isEqualTo(48);
            assertThat(api.get("/api/v1/items?lowStock=true&limit=200", ownerToken).body().path("items")
                    .findValuesAsText("sku")).as("opened at or below their minimum")
                    .contains("TOOR-DAL-LOOSE", "SALT-TATA-1KG", "BUTTER-AMUL-500G", "DRINK-THUMSUP-750ML");
            Api.Response loose = api.get("/api/v1/items?q=loose", ownerToken);
            assertThat(loose.body().path("items").findValuesAsText("unit")).contains("KG", "L");
            Api.Response pharmacy = api.get("/api/v1/items?limit=200", composition.text("accessToken"));
            assertThat(pharmacy.body().path("items").size()).isEqualTo(20);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Api.Response sales = api.get("/api/v1/sales?limit=200", ownerToken);
                assertThat(sales.body().path("sales").size()).as("a day of demo sales").isEqualTo(24);
                assertThat(sales.body().path("sales").findValuesAsText("status")).contains("INVOICED", "RECORDED");
                assertThat(sales.body().path("sales").findValuesAsText("documentType")).containsOnly("TAX_INVOICE");
            });
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode pharmacySales = api.get("/api/v1/sales?limit=200", composition.text("accessToken")).body()
                        .path("sales");
                assertThat(pharmacySales.size()).isEqualTo(24);
                pharmacySales.forEach(sale -> assertThat(sale.path("documentType").asText()).isEqualTo("BILL_OF_SUPPLY"));
            });
        }
        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
            Api.Response owner = api.post("/api/v1/auth/login", null,
                    Map.of("login", "ravi@sharma.example", "password", "bahi-demo-2026"));
            assertThat(owner.status()).as("a second start reuses the demo shop: " + owner).isEqualTo(200);
            assertThat(owner.text("tenantId")).isEqualTo(tenantId);
            Api.Response catalogue = api.get("/api/v1/items?limit=200", owner.text("accessToken"));
            assertThat(catalogue.body().path("items").size()).as("the catalogue is not imported twice").isEqualTo(48);
            assertThat(api.get("/api/v1/sales?limit=200", owner.text("accessToken")).body().path("sales").size())
                    .as("the demo day is not rung up twice").isEqualTo(24);
        }
    }
}
