package dev.bahi.notifications.api;

import java.time.Instant;
import java.util.List;

/**
 * A message as the shop sees it: what was sent to whom by which channel, where it stands, and its history (one
 * entry per event, oldest first). {@code error} is the provider's last error code and reason.
 */
public record NotificationView(String notificationId, String tenantId, NotificationKind kind, Channel channel,
                               NotificationStatus status, String recipient, String recipientName, String language,
                               String templateName, List<String> parameters, String dltTemplateId, String subject,
                               String text, NotificationDocument document, String trigger, int attempts,
                               String providerMessageId, String errorCode, String errorReason, Instant nextAttemptAt,
                               String requestedBy, Instant requestedAt, Instant updatedAt, List<HistoryEntry> history) {
    public NotificationView {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One step of a message's life: the status it reached, when, and the provider's detail. */
    public record HistoryEntry(NotificationStatus status, Instant at, Integer attempt, String detail) {
    }
}
