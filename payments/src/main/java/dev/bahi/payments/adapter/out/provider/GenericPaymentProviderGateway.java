package dev.bahi.payments.adapter.out.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.payments.application.port.out.PaymentProviderGateway;
import dev.bahi.payments.application.port.out.ProviderEvent;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.RuleViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bahi's own documented webhook, provider name {@code generic}, for gateways and bridges that can be told what to
 * send. The body is JSON:
 *
 * <pre>{@code
 * { "eventId": "evt_123", "merchantId": "<the shop's tenant id>",
 *   "type": "payment.succeeded" | "payment.failed",
 *   "paymentId": "<a pending payment's id>",       (or)   "reference": "<a UPI request's reference>",
 *   "utr": "431234567890", "amount": "570.00", "payerVpa": "meena@okaxis" }
 * }</pre>
 *
 * signed in the header {@code X-Bahi-Signature: sha256=<lower-case hex HMAC-SHA256(secret, raw body bytes)>}. The
 * signature is compared in constant time ({@link MessageDigest#isEqual}).
 */
public final class GenericPaymentProviderGateway implements PaymentProviderGateway {
    public static final String NAME = "generic";
    public static final String SIGNATURE_HEADER = "X-Bahi-Signature";
    static final String SCHEME = "sha256=";
    static final int MAX_EVENT_ID_LENGTH = 100;
    private static final String HMAC = "HmacSHA256";

    private final ObjectMapper json;

    public GenericPaymentProviderGateway(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String merchantId(byte[] body) {
        return text(tree(body), "merchantId");
    }

    @Override
    public boolean verify(byte[] body, UnaryOperator<String> headers, String secret) {
        String header = headers.apply(SIGNATURE_HEADER);
        if (header == null || secret == null || !header.startsWith(SCHEME)) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(sign(secret, body)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public ProviderEvent parse(byte[] body) {
        JsonNode event = tree(body);
        String eventId = required(event, "eventId");
        if (eventId.length() > MAX_EVENT_ID_LENGTH) {
            throw invalid("eventId", "eventId has at most " + MAX_EVENT_ID_LENGTH + " characters");
        }
        String merchantId = required(event, "merchantId");
        ProviderEvent.Kind kind = switch (required(event, "type").toLowerCase(Locale.ROOT)) {
            case "payment.succeeded" -> ProviderEvent.Kind.SUCCEEDED;
            case "payment.failed" -> ProviderEvent.Kind.FAILED;
            default -> throw invalid("type", "type is payment.succeeded or payment.failed");
        };
        String paymentId = text(event, "paymentId");
        String reference = text(event, "reference");
        if (paymentId == null && reference == null) {
            throw invalid("paymentId", "an event names a paymentId or a reference");
        }
        long amount = RuleViolation.at("amount", () -> Money.paise(required(event, "amount")));
        return new ProviderEvent(eventId, merchantId, kind, paymentId, reference, text(event, "utr"), amount,
                text(event, "payerVpa"));
    }

    /** HMAC-SHA256 of {@code body} with {@code secret} (its UTF-8 bytes as the key). */
    static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private JsonNode tree(byte[] body) {
        try {
            JsonNode tree = body == null || body.length == 0 ? null : json.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw invalid(null, "the webhook body is a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw invalid(null, "the webhook body is not valid JSON");
        }
    }

    private static String required(JsonNode event, String field) {
        String value = text(event, field);
        if (value == null) {
            throw invalid(field, field + " is required");
        }
        return value;
    }

    private static String text(JsonNode event, String field) {
        JsonNode node = event.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    private static RuleViolation invalid(String field, String message) {
        return new RuleViolation("PAYLOAD_INVALID", field, message);
    }
}
