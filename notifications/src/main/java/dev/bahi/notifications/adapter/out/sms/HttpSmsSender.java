package dev.bahi.notifications.adapter.out.sms;

import static dev.bahi.notifications.adapter.out.http.JsonApiClient.blank;
import static dev.bahi.notifications.adapter.out.http.JsonApiClient.trimSlash;
import static dev.bahi.notifications.adapter.out.http.JsonApiClient.withoutPlus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bahi.notifications.adapter.out.http.JsonApiClient;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.ChannelSender;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Sends DLT-registered SMS through a provider's HTTP API in Bahi's documented generic shape:
 *
 * <pre>{@code
 * POST {baseUrl}/messages   Authorization: Bearer {apiKey}   Content-Type: application/json
 * {"sender":"BAHIIN","to":"919876543210","text":"...","dltTemplateId":"1107...","principalEntityId":"1101...",
 *  "unicode":false}
 * 2xx -> {"messageId":"..."}        otherwise -> {"error":"..."}
 * }</pre>
 *
 * TRAI's DLT rules (TCCCPR 2018) reject a commercial SMS without its Principal Entity ID, registered 6-character
 * header and template id, so a message without a DLT template is refused here rather than by the operator.
 */
public final class HttpSmsSender implements ChannelSender {
    /** The TRAI header: 6 letters for service messages, 6 digits for promotional ones. */
    private static final Pattern SENDER_ID = Pattern.compile("[A-Za-z0-9]{6}");

    private final String apiKey;
    private final String senderId;
    private final String principalEntityId;
    private final boolean configured;
    private final URI endpoint;
    private final JsonApiClient client;
    private final ObjectMapper json;

    /** @throws IllegalStateException when configured with a sender id that is not a 6-character TRAI header */
    public HttpSmsSender(String baseUrl, String apiKey, String senderId, String principalEntityId,
                         Duration connectTimeout, Duration readTimeout, ObjectMapper json) {
        this.configured = !blank(baseUrl) && !blank(apiKey) && !blank(senderId) && !blank(principalEntityId);
        if (configured && !SENDER_ID.matcher(senderId.trim()).matches()) {
            // operators drop SMS under an unregistered header silently; better to refuse to start
            throw new IllegalStateException("bahi.notifications.sms.sender-id must be the 6-character TRAI header "
                    + "registered on DLT (letters or digits), got '" + senderId + "'");
        }
        this.apiKey = apiKey;
        this.senderId = configured ? senderId.trim() : senderId;
        this.principalEntityId = configured ? principalEntityId.trim() : principalEntityId;
        this.json = json;
        this.endpoint = configured ? URI.create(trimSlash(baseUrl) + "/messages") : null;
        this.client = configured ? new JsonApiClient("SMS", "SMS provider", connectTimeout, readTimeout, json) : null;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (!configured) {
            return new SendResult.NotConfigured("SMS needs bahi.notifications.sms.base-url, api-key, sender-id and "
                    + "principal-entity-id");
        }
        if (blank(message.dltTemplateId())) {
            return new SendResult.Failed("SMS_DLT_TEMPLATE_MISSING", "no DLT template id for this SMS", false);
        }
        if (blank(message.text())) {
            return new SendResult.Failed("SMS_TEXT_MISSING", "the SMS has no text", false);
        }
        JsonApiClient.Answer answer = client.post(endpoint, apiKey, body(message));
        return answer.unreached() != null ? answer.unreached() : answer(answer.status(), answer.body());
    }

    ObjectNode body(OutboundMessage message) {
        ObjectNode root = json.createObjectNode();
        root.put("sender", senderId);
        root.put("to", withoutPlus(message.to()));
        root.put("text", message.text());
        root.put("dltTemplateId", message.dltTemplateId());
        root.put("principalEntityId", principalEntityId);
        root.put("unicode", unicode(message.text()));
        return root;
    }

    /** Any non-ASCII character (Devanagari, ₹) needs UCS-2 encoding: 70 characters a part instead of 160. */
    static boolean unicode(String text) {
        return text.chars().anyMatch(c -> c > 0x7F);
    }

    private static SendResult answer(int status, JsonNode answer) {
        if (status / 100 == 2) {
            String id = answer.path("messageId").asText("");
            return id.isBlank()
                    // accepted but unidentifiable: a retry could text the customer twice, so do not retry
                    ? new SendResult.Failed("SMS_BAD_RESPONSE", "the SMS provider answered without a messageId", false)
                    : new SendResult.Sent(id);
        }
        boolean retryable = status >= 500 || status == 429;
        String reason = answer.path("error").isTextual() ? answer.path("error").textValue()
                : "SMS provider answered HTTP " + status;
        return new SendResult.Failed("SMS_HTTP_" + status, reason, retryable);
    }
}
