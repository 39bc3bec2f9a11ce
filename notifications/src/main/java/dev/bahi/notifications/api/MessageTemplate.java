package dev.bahi.notifications.api;

/**
 * The words of one kind of message in one language. {@code body} has {@code {{variable}}} slots (the kind's
 * variables only) and is the SMS text and the e-mail body; {@code subject} is the e-mail subject;
 * {@code whatsAppTemplate} the name of the template approved on the WhatsApp Business account (its body parameters
 * are the kind's variables in their documented order); {@code dltTemplateId} the SMS template's id on the DLT
 * platform, whose registered text must match {@code body}.
 */
public record MessageTemplate(String body, String subject, String whatsAppTemplate, String dltTemplateId) {
}
