package dev.bahi.notifications.adapter.out.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bahi.notifications.application.port.out.SendResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Posts JSON to a provider with a bearer token and reads its JSON answer. Not reaching the provider (connect
 * failure, read timeout, interruption) is a retryable {@link SendResult.Failed} with code {@code <PREFIX>_UNREACHABLE}
 * or {@code <PREFIX>_TIMEOUT}, never an exception; what the provider answered is left to the sender to judge.
 */
public final class JsonApiClient {
    private final String codePrefix;
    private final String providerName;
    private final java.time.Duration readTimeout;
    private final HttpClient http;
    private final ObjectMapper json;

    public JsonApiClient(String codePrefix, String providerName, java.time.Duration connectTimeout,
                         java.time.Duration readTimeout, ObjectMapper json) {
        this.codePrefix = codePrefix;
        this.providerName = providerName;
        this.readTimeout = readTimeout;
        this.json = json;
        // plain HTTP/1.1: no h2c upgrade dance with proxies that do not speak it
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What came back: the HTTP status and the body as JSON (missing when empty or not JSON), or why nothing did. */
    public record Answer(int status, JsonNode body, SendResult.Failed unreached) {
        public boolean success() {
            return unreached == null && status / 100 == 2;
        }
    }

    public Answer post(URI endpoint, String bearerToken, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), tree(response.body()), null);
        } catch (IOException e) {
            return new Answer(0, MissingNode.getInstance(), unreached(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, MissingNode.getInstance(), new SendResult.Failed(codePrefix + "_UNREACHABLE",
                    "interrupted while calling " + providerName, true));
        }
    }

    public byte[] bytes(JsonNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private JsonNode tree(byte[] body) {
        try {
            JsonNode tree = body == null || body.length == 0 ? null : json.readTree(body);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (IOException e) {
            // not JSON (a gateway's error page): the status code alone decides
            return MissingNode.getInstance();
        }
    }

    private SendResult.Failed unreached(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new SendResult.Failed(codePrefix + "_UNREACHABLE", providerName + ": connect timed out", true);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the read timeout may strike while the body is still arriving, then it comes wrapped
            if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
                return new SendResult.Failed(codePrefix + "_TIMEOUT",
                        providerName + " did not answer within " + readTimeout.toMillis() + " ms", true);
            }
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SendResult.Failed(codePrefix + "_UNREACHABLE", providerName + " not reachable: " + why, true);
    }

    /** An E.164 number as providers want it: digits only, country code first. */
    public static String withoutPlus(String e164) {
        return e164 == null ? null : e164.trim().replaceFirst("^\\+", "");
    }

    public static String trimSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
