package dev.bahi.notifications.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * A template filled with values: the text (SMS, e-mail body), the e-mail subject, the WhatsApp template name with
 * its body parameters in order, and the DLT template id the SMS would carry. {@code values} are the ones used
 * (sample values where none were given).
 */
public record Preview(String text, String subject, String whatsAppTemplate, List<String> parameters,
                      String dltTemplateId, Map<String, String> values) {
}
