package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import java.util.List;

/** A message was asked for, rendered and addressed; nothing has been sent yet. */
public record NotificationRequested(String tenantId, String notificationId, NotificationKind kind, Channel channel,
                                    String recipient,
                                    String recipientName, String language, String templateName,
                                    List<String> parameters, String dltTemplateId, String subject, String text,
                                    NotificationDocument document, String trigger, Instant notBefore,
                                    String requestedBy, Instant requestedAt) implements TenantScoped {
    public NotificationRequested {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
