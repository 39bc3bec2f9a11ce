package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.MessageTemplate;

/** The shop's words for one kind of message: body with {{variable}} slots, e-mail subject, provider template ids. */
public record TemplateRequest(String body, String subject, String whatsAppTemplate, String dltTemplateId) {
    MessageTemplate toTemplate() {
        return new MessageTemplate(body, subject, whatsAppTemplate, dltTemplateId);
    }
}
