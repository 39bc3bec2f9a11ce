package dev.bahi.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small real-HTTP client for end-to-end tests: JSON in, status + headers + JSON out. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One answer of the server. */
    public record Response(int status, HttpResponse<String> raw, JsonNode body) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text(String field) {
            JsonNode node = body.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        public String code() {
            return text("code");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json").GET());
    }

    /** A GET asking for plain text (e.g. Prometheus metrics). */
    public Response getText(String path) {
        return send(request(path, null).header("Accept", "text/plain").GET());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json")
                .POST(bodyOf(body)));
    }

    /** A POST carrying an {@code Idempotency-Key}. */
    public Response post(String path, String token, Object body, String idempotencyKey) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json")
                .header("Idempotency-Key", idempotencyKey).POST(bodyOf(body)));
    }

    public Response patch(String path, String token, Object body) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json")
                .method("PATCH", bodyOf(body)));
    }

    /** Sends {@code rawJson} exactly as given, for malformed-input tests. */
    public Response postRaw(String path, String token, String rawJson) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    /** Sends {@code body} byte for byte with the given Content-Type, e.g. a CSV upload (text/csv). */
    public Response postBytes(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).setHeader("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json")
                .PUT(bodyOf(body)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).header("Accept", "application/json, application/problem+json").DELETE());
    }

    /** Sends {@code body} byte for byte without a token, with one extra header when {@code value} is not null. */
    public Response postBytesWithHeader(String path, String contentType, byte[] body, String header, String value) {
        HttpRequest.Builder builder = request(path, null).setHeader("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (value != null) {
            builder.header(header, value);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(false);
            JsonNode body = response.body() == null || response.body().isBlank() ? NullNode.getInstance()
                    : json ? JSON.readTree(response.body()) : TextNode.valueOf(response.body());
            return new Response(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
