package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.Channel;
import java.util.List;

/**
 * One message ready for a provider. {@code to} is E.164 ({@code +919876543210}) for WhatsApp and SMS, an address
 * for email. {@code templateName} is the WhatsApp template approved for the shop's business account and
 * {@code parameters} its body variables in order; {@code dltTemplateId} the SMS template registered on the DLT
 * platform; {@code text} the rendered message (the SMS text, the email body); {@code subject} the email subject.
 * {@code document} is the PDF that goes with the message, if any.
 */
public record OutboundMessage(String notificationId, String tenantId, Channel channel, String to, String language,
                              String templateName, List<String> parameters, String dltTemplateId, String subject,
                              String text, Document document) {
    public OutboundMessage {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * A PDF: WhatsApp sends {@code link} (a signed URL) as the template's document header, email attaches
     * {@code content}.
     */
    public record Document(String link, String fileName, byte[] content) {
    }
}
