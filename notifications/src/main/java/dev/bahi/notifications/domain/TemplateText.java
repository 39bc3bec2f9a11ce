package dev.bahi.notifications.domain;

import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.RuleViolations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{variable}}} slots and checks templates a shop writes: only the kind's variables, sane lengths, a
 * WhatsApp template name as Meta allows it and a DLT template id of digits.
 */
public final class TemplateText {
    static final int MAX_BODY = 1000;
    static final int MAX_SUBJECT = 200;
    private static final Pattern SLOT = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final Pattern WHATSAPP_NAME = Pattern.compile("^[a-z0-9_]{1,512}$");
    private static final Pattern DLT_ID = Pattern.compile("^\\d{10,25}$");

    private TemplateText() {
    }

    /** The text with every slot filled; a variable without a value leaves nothing, and runs of spaces close up. */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ").trim();
    }

    /** The kind's variables' values in the WhatsApp parameter order; empty values become "-" (Meta refuses blanks). */
    public static List<String> parameters(NotificationKind kind, Map<String, String> values) {
        List<String> parameters = new ArrayList<>();
        for (String name : TemplateCatalogue.variables(kind)) {
            String value = values.get(name);
            parameters.add(value == null || value.isBlank() ? "-" : value);
        }
        return parameters;
    }

    /** Checks a template a shop wrote for {@code kind}; every fault is reported with its field. */
    public static MessageTemplate checked(NotificationKind kind, MessageTemplate template) {
        List<RuleViolations.Violation> faults = new ArrayList<>();
        if (template == null || template.body() == null || template.body().isBlank()) {
            throw new RuleViolation("TEMPLATE_BODY_REQUIRED", "body", "a template has a body");
        }
        String body = template.body().strip();
        if (body.length() > MAX_BODY) {
            faults.add(new RuleViolations.Violation(null, "TEMPLATE_BODY_TOO_LONG", "body",
                    "a body has at most " + MAX_BODY + " characters"));
        }
        unknownSlots(kind, body).forEach(v -> faults.add(new RuleViolations.Violation(null,
                "TEMPLATE_VARIABLE_UNKNOWN", "body",
                "{{" + v + "}} is not a variable of " + kind + "; use " + TemplateCatalogue.variables(kind))));
        String subject = blankToNull(template.subject());
        if (subject != null) {
            if (subject.length() > MAX_SUBJECT) {
                faults.add(new RuleViolations.Violation(null, "TEMPLATE_SUBJECT_TOO_LONG", "subject",
                        "a subject has at most " + MAX_SUBJECT + " characters"));
            }
            unknownSlots(kind, subject).forEach(v -> faults.add(new RuleViolations.Violation(null,
                    "TEMPLATE_VARIABLE_UNKNOWN",
                    "subject", "{{" + v + "}} is not a variable of " + kind)));
        }
        String whatsApp = blankToNull(template.whatsAppTemplate());
        if (whatsApp != null && !WHATSAPP_NAME.matcher(whatsApp).matches()) {
            faults.add(new RuleViolations.Violation(null, "WHATSAPP_TEMPLATE_INVALID", "whatsAppTemplate",
                    "a WhatsApp template name has lower-case letters, digits and underscores"));
        }
        String dlt = blankToNull(template.dltTemplateId());
        if (dlt != null && !DLT_ID.matcher(dlt).matches()) {
            faults.add(new RuleViolations.Violation(null, "DLT_TEMPLATE_ID_INVALID", "dltTemplateId",
                    "a DLT template id is the 10 to 25 digit number the DLT platform gave the template"));
        }
        if (faults.size() == 1) {
            RuleViolations.Violation fault = faults.get(0);
            throw new RuleViolation(fault.code(), fault.field(), fault.detail());
        }
        if (!faults.isEmpty()) {
            throw new RuleViolations(faults.get(0).code(), "the template has " + faults.size() + " faults", faults);
        }
        return new MessageTemplate(body, subject, whatsApp, dlt);
    }

    private static Set<String> unknownSlots(NotificationKind kind, String text) {
        Set<String> known = TemplateCatalogue.variableSet(kind);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
