package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.NotificationView;
import java.time.Instant;
import java.util.List;

/** A message as the API shows it, with its history. */
public record NotificationResponse(String id, String kind, String channel, String status, String to,
                                   String recipientName, String language, String whatsAppTemplate,
                                   List<String> parameters, String dltTemplateId, String subject, String text,
                                   Document document, String trigger, int attempts, String providerMessageId,
                                   Error error, Instant nextAttemptAt, String requestedBy, Instant requestedAt,
                                   Instant updatedAt, List<Step> history) {
    /** The PDF sent with the message. */
    public record Document(String saleId, String fileName, String link) {
    }

    /** The provider's last error. */
    public record Error(String code, String reason) {
    }

    /** One step of the message's life. */
    public record Step(String status, Instant at, Integer attempt, String detail) {
    }

    static NotificationResponse of(NotificationView v) {
        return new NotificationResponse(v.notificationId(), v.kind().name(), v.channel().name(), v.status().name(),
                v.recipient(), v.recipientName(), v.language(), v.templateName(), v.parameters(), v.dltTemplateId(),
                v.subject(), v.text(), v.document() == null ? null : new Document(v.document().saleId(),
                v.document().fileName(), v.document().link()), v.trigger(), v.attempts(), v.providerMessageId(),
                v.errorCode() == null && v.errorReason() == null ? null : new Error(v.errorCode(), v.errorReason()),
                v.nextAttemptAt(), v.requestedBy(), v.requestedAt(), v.updatedAt(),
                v.history().stream().map(h -> new Step(h.status().name(), h.at(), h.attempt(), h.detail())).toList());
    }
}
