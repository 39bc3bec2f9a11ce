package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ChangeNotificationPreferences;
import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.ResetTemplate;
import dev.bahi.notifications.api.SaveTemplate;
import dev.bahi.notifications.api.TemplateView;
import dev.bahi.notifications.application.port.in.PreferencesChange;
import dev.bahi.notifications.application.port.in.Preview;
import dev.bahi.notifications.domain.TemplateCatalogue;
import dev.bahi.notifications.domain.TemplateText;
import dev.bahi.platform.kernel.RuleViolation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A shop's notification preferences and templates: read, change, preview. */
public final class SettingsService {
    private final CommandGateway commands;
    private final Notifier notifier;
    private final Map<NotificationKind, String> dltTemplates;

    public SettingsService(CommandGateway commands, Notifier notifier, Map<NotificationKind, String> dltTemplates) {
        this.commands = commands;
        this.notifier = notifier;
        this.dltTemplates = Map.copyOf(dltTemplates);
    }

    public NotificationSettings settings(String tenantId) {
        return notifier.settingsOf(tenantId);
    }

    public NotificationSettings change(String tenantId, PreferencesChange change) {
        NotificationPreferences p = settings(tenantId).preferences();
        Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
        channels.putAll(p.channels());
        if (change.channels() != null) {
            change.channels().forEach((kind, channel) -> {
                if (kind != null && channel != null) {
                    channels.put(kind, channel);
                }
            });
        }
        NotificationPreferences changed = new NotificationPreferences(
                or(change.language(), p.language()), channels,
                or(change.invoiceMessages(), p.invoiceMessages()), or(change.paymentReceipts(), p.paymentReceipts()),
                or(change.lowStockAlerts(), p.lowStockAlerts()), or(change.dailySummary(), p.dailySummary()),
                or(change.dailySummaryAt(), p.dailySummaryAt()),
                change.clearQuietHours() ? null : or(change.quietHours(), p.quietHours()),
                change.clearOwnerPhone() ? null : or(change.ownerPhone(), p.ownerPhone()),
                change.clearOwnerEmail() ? null : or(change.ownerEmail(), p.ownerEmail()),
                or(change.whatsAppOptInRequired(), p.whatsAppOptInRequired()));
        commands.sendAndWait(new ChangeNotificationPreferences(Notifier.settingsIdOf(tenantId), tenantId, changed));
        return settings(tenantId);
    }

    /** Every kind in English and Hindi, and in any other language the shop wrote a template in. */
    public List<TemplateView> templates(String tenantId) {
        NotificationSettings shop = settings(tenantId);
        Set<String> languages = new LinkedHashSet<>(List.of("en", "hi"));
        shop.templates().keySet().forEach(key -> languages.add(key.substring(key.indexOf(':') + 1)));
        List<TemplateView> views = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            for (String language : languages) {
                views.add(view(shop, kind, language));
            }
        }
        return views;
    }

    public TemplateView template(String tenantId, NotificationKind kind, String language) {
        supported(language);
        return view(settings(tenantId), kind, language);
    }

    public TemplateView save(String tenantId, NotificationKind kind, String language, MessageTemplate template) {
        supported(language);
        commands.sendAndWait(new SaveTemplate(Notifier.settingsIdOf(tenantId), tenantId, kind, language, template));
        return template(tenantId, kind, language);
    }

    public TemplateView reset(String tenantId, NotificationKind kind, String language) {
        supported(language);
        commands.sendAndWait(new ResetTemplate(Notifier.settingsIdOf(tenantId), tenantId, kind, language));
        return template(tenantId, kind, language);
    }

    /**
     * Fills the shop's template (or {@code draft}, a template not saved yet, checked like a saved one) with
     * {@code values}; variables without a value get a sample.
     */
    public Preview preview(String tenantId, NotificationKind kind, String language, MessageTemplate draft,
                           Map<String, String> values) {
        supported(language);
        MessageTemplate template = draft != null ? TemplateText.checked(kind, draft)
                : Notifier.templateOf(settings(tenantId), kind, language);
        Map<String, String> filled = new HashMap<>(samples(kind, settings(tenantId)));
        if (values != null) {
            values.forEach((name, value) -> {
                if (!TemplateCatalogue.variables(kind).contains(name)) {
                    throw new RuleViolation("TEMPLATE_VARIABLE_UNKNOWN", "values." + name, name
                            + " is not a variable of " + kind + "; use " + TemplateCatalogue.variables(kind));
                }
                filled.put(name, value);
            });
        }
        return new Preview(TemplateText.render(template.body(), filled),
                TemplateText.render(template.subject(), filled),
                template.whatsAppTemplate() != null ? template.whatsAppTemplate()
                        : TemplateCatalogue.whatsAppTemplateOf(kind),
                TemplateText.parameters(kind, filled),
                template.dltTemplateId() != null ? template.dltTemplateId() : dltTemplates.get(kind), filled);
    }

    /** A kind named in a path: INVOICE, invoice or udhaar-reminder. */
    public static NotificationKind kind(String raw) {
        try {
            return NotificationKind.valueOf(raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new RuleViolation("KIND_UNKNOWN", "kind", "kinds are " + List.of(NotificationKind.values()));
        }
    }

    private static TemplateView view(NotificationSettings shop, NotificationKind kind, String language) {
        MessageTemplate own = shop.templates().get(NotificationSettings.templateKey(kind, language));
        return new TemplateView(kind, language, own != null ? own : TemplateCatalogue.standard(kind, language),
                own != null, TemplateCatalogue.variables(kind));
    }

    private static void supported(String language) {
        if (!TemplateCatalogue.supported(language)) {
            throw new RuleViolation("LANGUAGE_UNSUPPORTED", "language", "languages are " + TemplateCatalogue.LANGUAGES);
        }
    }

    private static Map<String, String> samples(NotificationKind kind, NotificationSettings shop) {
        Map<String, String> all = new HashMap<>();
        all.put("customerName", "Meena Sharma");
        all.put("documentType", "tax invoice");
        all.put("invoiceNumber", "INV/25-26/000123");
        all.put("amount", "1,250.00");
        all.put("due", "0.00");
        all.put("paid", "1,250.00");
        all.put("date", "2025-10-14");
        all.put("link", "https://bahi.example/api/v1/shared/invoices/…/….pdf");
        all.put("balance", "2,340.00");
        all.put("upiLink", "upi://pay?pa=shop@okaxis&pn=Shop&am=2340.00&cu=INR");
        all.put("note", "");
        all.put("method", "UPI");
        all.put("reference", "431234567890");
        all.put("itemName", "Toor Dal 1 kg");
        all.put("sku", "TOOR-1KG");
        all.put("onHand", "3");
        all.put("minStock", "10");
        all.put("unit", "PCS");
        all.put("salesCount", "42");
        all.put("net", "18,450.00");
        all.put("cash", "9,200.00");
        all.put("upi", "8,150.00");
        all.put("card", "1,100.00");
        all.put("creditGiven", "1,500.00");
        all.put("creditCollected", "700.00");
        all.put("lowStockCount", "2");
        all.put("shopName", "Sharma Kirana Store");
        Map<String, String> samples = new HashMap<>();
        TemplateCatalogue.variables(kind).forEach(v -> samples.put(v, all.get(v)));
        return samples;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
