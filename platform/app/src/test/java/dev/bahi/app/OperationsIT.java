package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What operators and integrators rely on: health, metrics, logs, API description. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT extends EndToEndTest {

    @Test
    void every_request_is_one_json_log_line_with_trace_and_tenant(CapturedOutput output) throws Exception {
        Shop shop = signUp("Logged Stores");
        Api.Response me = api.get("/api/v1/users/me", shop.accessToken());
        String traceId = me.header("X-Trace-Id");
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(traceId));
        JsonNode line = null;
        for (String text : output.getOut().split("\\R")) {
            if (text.startsWith("{") && text.contains(traceId) && text.contains("GET /api/v1/users/me 200")) {
                line = Api.JSON.readTree(text);
            }
        }
        assertThat(line).as("a JSON request line for trace " + traceId).isNotNull();
        assertThat(line.path("traceId").asText()).isEqualTo(traceId);
        assertThat(line.path("tenantId").asText()).isEqualTo(shop.tenantId());
        assertThat(line.path("userId").asText()).isEqualTo(shop.ownerId());
        assertThat(line.path("level").asText()).isEqualTo("INFO");
    }

    @Test
    void health_reports_the_store_and_is_public() {
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_include_axon_and_http() {
        signUp("Metrics Stores");
        var metrics = api.getText("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        String text = metrics.body().asText();
        assertThat(text).contains("http_server_requests_seconds_count");
        assertThat(text).containsPattern("(?m)^commandBus_successCounter_total\\{.*payloadType=\"RegisterTenant\"");
        assertThat(text).contains("eventStore_");
    }

    @Test
    void the_openapi_document_describes_every_route_with_the_bearer_scheme() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.body().path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        var paths = docs.body().path("paths");
        for (String path : new String[] {"/api/v1/signup", "/api/v1/auth/login", "/api/v1/auth/refresh",
                "/api/v1/auth/logout", "/api/v1/auth/register", "/api/v1/users/me", "/api/v1/users",
                "/api/v1/users/{id}", "/api/v1/users/me/devices", "/api/v1/users/invitations", "/api/v1/tenants",
                "/api/v1/tenant", "/.well-known/jwks.json"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(api.get("/swagger-ui.html", null).status()).isIn(200, 302);
    }
}
