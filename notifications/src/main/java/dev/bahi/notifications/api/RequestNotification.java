package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for one message; the id is derived from what triggered it, so a trigger seen twice asks once. {@code notBefore}
 * holds it back (quiet hours); {@code skip} records it as not to be sent, with {@code skipReason}.
 */
public record RequestNotification(@TargetAggregateIdentifier String notificationId, String tenantId,
                                  NotificationKind kind, Channel channel, String recipient, String recipientName,
                                  String language, String templateName, List<String> parameters,
                                  String dltTemplateId, String subject, String text, NotificationDocument document,
                                  String trigger, Instant notBefore, NotificationStatus skip, String skipReason,
                                  String requestedBy) implements TenantScoped {
    public RequestNotification {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
