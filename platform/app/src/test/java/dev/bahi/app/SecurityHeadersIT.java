package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every answer tells a browser (no sniffing, no framing, no scripts, no referrer, no caching of private data),
 * cross-origin calls only from the configured origins, and oversized bodies refused before they are read.
 */
class SecurityHeadersIT extends EndToEndTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int serverPort;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + serverPort + path);
    }

    @Test
    void answers_carry_the_security_headers() throws Exception {
        Shop shop = signUp("Headers Stores");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/tenant"))
                .header("Authorization", "Bearer " + shop.accessToken()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(answer.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        // Refusals carry them too.
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/tenant")));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void browsers_may_call_only_from_the_configured_origins() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(uri("/api/v1/items"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.bahi.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.bahi.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("idempotency-key");

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(uri("/api/v1/items"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read() throws Exception {
        Shop shop = signUp("Big Body Stores");
        byte[] body = ("{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/items"))
                .header("Authorization", "Bearer " + shop.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("BODY_TOO_LARGE");
    }
}
