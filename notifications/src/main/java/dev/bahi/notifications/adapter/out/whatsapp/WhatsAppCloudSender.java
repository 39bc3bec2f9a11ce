package dev.bahi.notifications.adapter.out.whatsapp;

import static dev.bahi.notifications.adapter.out.http.JsonApiClient.blank;
import static dev.bahi.notifications.adapter.out.http.JsonApiClient.trimSlash;
import static dev.bahi.notifications.adapter.out.http.JsonApiClient.withoutPlus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bahi.notifications.adapter.out.http.JsonApiClient;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.ChannelSender;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Sends approved template messages through Meta's WhatsApp Business Cloud API:
 * {@code POST {baseUrl}/{phoneNumberId}/messages} with {@code Authorization: Bearer {accessToken}}. A message's
 * document becomes the template's document header (Meta fetches it from the link), its parameters the body
 * variables. Meta answers {@code messages[0].id} (a {@code wamid.}) which the status webhook refers to later.
 */
public final class WhatsAppCloudSender implements ChannelSender {
    /**
     * Meta error codes a later attempt may get past: API throttling (4, 80007), rate limits (130429, 131056),
     * temporary errors (131000 something went wrong, 131048 spam rate limit, 133004 server unavailable).
     */
    static final Set<Integer> RETRYABLE_CODES = Set.of(4, 80007, 130429, 131000, 131048, 131056, 133004);
    private static final String DEFAULT_LANGUAGE = "en";

    private final String accessToken;
    private final boolean configured;
    private final URI endpoint;
    private final JsonApiClient client;
    private final ObjectMapper json;

    public WhatsAppCloudSender(String baseUrl, String accessToken, String phoneNumberId, Duration connectTimeout,
                               Duration readTimeout, ObjectMapper json) {
        this.accessToken = accessToken;
        this.configured = !blank(accessToken) && !blank(phoneNumberId);
        this.json = json;
        // an unconfigured channel never calls out, so it needs neither an address nor a client (and its thread)
        this.endpoint = configured ? URI.create(trimSlash(baseUrl) + "/" + phoneNumberId.trim() + "/messages") : null;
        this.client = configured
                ? new JsonApiClient("WHATSAPP", "WhatsApp Cloud API", connectTimeout, readTimeout, json) : null;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (!configured) {
            return new SendResult.NotConfigured(
                    "WhatsApp needs bahi.notifications.whatsapp.access-token and phone-number-id");
        }
        if (blank(message.templateName())) {
            // outside the 24-hour window Meta accepts only approved templates; without one there is nothing to send
            return new SendResult.Failed("WHATSAPP_TEMPLATE_MISSING", "no WhatsApp template for this message", false);
        }
        OutboundMessage.Document document = message.document();
        if (document != null && blank(document.link())) {
            return new SendResult.Failed("WHATSAPP_DOCUMENT_LINK_MISSING",
                    "the document has no link for WhatsApp to fetch", false);
        }
        JsonApiClient.Answer answer = client.post(endpoint, accessToken, body(message));
        return answer.unreached() != null ? answer.unreached() : answer(answer.status(), answer.body());
    }

    ObjectNode body(OutboundMessage message) {
        ObjectNode root = json.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("to", withoutPlus(message.to()));
        root.put("type", "template");
        ObjectNode template = root.putObject("template");
        template.put("name", message.templateName());
        template.putObject("language").put("code", blank(message.language()) ? DEFAULT_LANGUAGE : message.language());
        ArrayNode components = json.createArrayNode();
        OutboundMessage.Document document = message.document();
        if (document != null) {
            ObjectNode header = components.addObject().put("type", "header");
            ObjectNode file = header.putArray("parameters").addObject().put("type", "document").putObject("document");
            file.put("link", document.link());
            if (document.fileName() != null) {
                file.put("filename", document.fileName());
            }
        }
        if (!message.parameters().isEmpty()) {
            ObjectNode body = components.addObject().put("type", "body");
            ArrayNode parameters = body.putArray("parameters");
            message.parameters().forEach(p -> parameters.addObject().put("type", "text").put("text", p));
        }
        if (!components.isEmpty()) {
            template.set("components", components);
        }
        return root;
    }

    private static SendResult answer(int status, JsonNode answer) {
        if (status / 100 == 2) {
            String id = answer.path("messages").path(0).path("id").asText("");
            return id.isBlank()
                    // accepted but unidentifiable: a retry could message the customer twice, so do not retry
                    ? new SendResult.Failed("WHATSAPP_BAD_RESPONSE", "WhatsApp answered without a message id", false)
                    : new SendResult.Sent(id);
        }
        JsonNode error = answer.path("error");
        Integer metaCode = error.path("code").isInt() ? error.path("code").intValue() : null;
        boolean retryable = status >= 500 || status == 429 || (metaCode != null && RETRYABLE_CODES.contains(metaCode));
        String code = metaCode != null ? "WHATSAPP_" + metaCode : "WHATSAPP_HTTP_" + status;
        String reason = error.path("message").isTextual() ? error.path("message").textValue()
                : "WhatsApp Cloud API answered HTTP " + status;
        return new SendResult.Failed(code, reason, retryable);
    }
}
