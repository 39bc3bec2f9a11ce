package dev.bahi.notifications.adapter.in.web;

import java.util.Map;

/** What to preview: a draft template (the saved or default one when absent) filled with values (samples if absent). */
public record PreviewRequest(TemplateRequest template, Map<String, String> values) {
}
