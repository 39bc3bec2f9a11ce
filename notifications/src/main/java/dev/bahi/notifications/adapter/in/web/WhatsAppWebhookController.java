package dev.bahi.notifications.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.DeliveryStatusService;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WhatsApp Business Cloud API webhooks: the subscription handshake and delivery statuses. Public (no token): the
 * handshake is checked against the verify token, each status call against the {@code X-Hub-Signature-256} HMAC of
 * the app secret over the raw body, before anything in it is read.
 */
@RestController
@RequestMapping("/api/v1/webhooks/whatsapp")
@Tag(name = "Notification webhooks", description = "Delivery statuses from messaging providers")
public class WhatsAppWebhookController {
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final DeliveryStatusService statuses;
    private final ObjectMapper json;

    public WhatsAppWebhookController(DeliveryStatusService statuses, ObjectMapper json) {
        this.statuses = statuses;
        this.json = json;
    }

    /** What a status call did: reports read, and how many belonged to messages Bahi sent. */
    public record StatusesReceived(int received, int applied) {
    }

    @GetMapping
    @SecurityRequirements
    @Operation(summary = "Meta's subscription handshake", description = "hub.mode=subscribe and the configured "
            + "verify token (bahi.notifications.whatsapp.verify-token) → 200 with hub.challenge; anything else 403.")
    @ApiResponse(responseCode = "200", description = "the challenge")
    @ApiResponse(responseCode = "403", description = "VERIFY_TOKEN_INVALID")
    public ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
                            @RequestParam(name = "hub.verify_token", required = false) String token,
                            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String answer = statuses.handshake(mode, token, challenge).orElseThrow(() -> new AccessRefused(
                AccessRefused.Kind.FORBIDDEN, "VERIFY_TOKEN_INVALID", "not a subscription this platform asked for"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(answer);
    }

    @PostMapping
    @SecurityRequirements
    @Operation(summary = "Delivery statuses", description = "entry[].changes[].value.statuses[]: delivered, read or "
            + "failed (with errors[]) per message id. Repeated or late statuses change nothing; ids of messages "
            + "Bahi did not send are ignored.")
    @ApiResponse(responseCode = "200", description = "received and applied counts")
    @ApiResponse(responseCode = "400", description = "PAYLOAD_INVALID (after a valid signature)")
    @ApiResponse(responseCode = "401", description = "SIGNATURE_INVALID: no app secret set, or a missing or wrong "
            + "signature; nothing was read or changed")
    public StatusesReceived receive(@RequestBody(required = false) byte[] body,
                                    @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!statuses.signed(raw, signature)) {
            throw new AccessRefused(AccessRefused.Kind.UNAUTHENTICATED, "SIGNATURE_INVALID",
                    "the call is not signed with this platform's WhatsApp app secret");
        }
        List<DeliveryStatusService.Report> reports = reports(raw);
        return new StatusesReceived(reports.size(), statuses.apply(Channel.WHATSAPP, reports));
    }

    private List<DeliveryStatusService.Report> reports(byte[] raw) {
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (IOException e) {
            throw new RuleViolation("PAYLOAD_INVALID", null, "the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new RuleViolation("PAYLOAD_INVALID", null, "the body is not a WhatsApp webhook object");
        }
        List<DeliveryStatusService.Report> reports = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode status : change.path("value").path("statuses")) {
                    JsonNode error = status.path("errors").path(0);
                    reports.add(new DeliveryStatusService.Report(text(status, "id"), text(status, "status"),
                            instant(text(status, "timestamp")),
                            error.isMissingNode() ? null : "WHATSAPP_" + error.path("code").asText(),
                            error.isMissingNode() ? null : firstOf(text(error.path("error_data"), "details"),
                                    text(error, "message"), text(error, "title"))));
                }
            }
        }
        return reports;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static Instant instant(String epochSeconds) {
        try {
            return epochSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(epochSeconds));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
