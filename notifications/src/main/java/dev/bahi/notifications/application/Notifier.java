package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ChangeNotificationPreferences;
import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationDocument;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.RequestNotification;
import dev.bahi.notifications.application.port.out.ConsentStore;
import dev.bahi.notifications.application.port.out.SettingsStore;
import dev.bahi.notifications.domain.PreferencesPolicy;
import dev.bahi.notifications.domain.TemplateCatalogue;
import dev.bahi.notifications.domain.TemplateText;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.DetachedCommands;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * Turns "tell this person this" into a {@link RequestNotification}: picks the shop's template for the kind and
 * language (its own, else Bahi's), fills it, names the WhatsApp and DLT templates, holds automatic messages back
 * through quiet hours, and records messages to recipients who opted out (or lack a WhatsApp opt-in the shop asks
 * for) as skipped. Asking twice with the same id asks once; asked from an event handler, the message is stored
 * before the handler's processor moves on ({@link DetachedCommands}).
 */
public final class Notifier {
    private final DetachedCommands commands;
    private final SettingsStore settings;
    private final ConsentStore consents;
    private final Map<NotificationKind, String> dltTemplates;
    private final Clock clock;

    public Notifier(DetachedCommands commands, SettingsStore settings, ConsentStore consents,
                    Map<NotificationKind, String> dltTemplates, Clock clock) {
        this.commands = commands;
        this.settings = settings;
        this.consents = consents;
        this.dltTemplates = Map.copyOf(dltTemplates);
        this.clock = clock;
    }

    /**
     * One message to send. {@code toCustomer} messages respect consents; {@code automatic} ones quiet hours.
     * {@code language} null means the recipient's (from their consent) or else the shop's.
     */
    public record Order(String notificationId, String tenantId, NotificationKind kind, Channel channel,
                        String recipient, String recipientName, String language, Map<String, String> values,
                        NotificationDocument document, String trigger, boolean automatic, boolean toCustomer,
                        String requestedBy, ZoneId zone) {
    }

    /**
     * The id of a message derived from what triggered it and when: the same trigger always names the same message,
     * and ids sort by that time like every other id.
     */
    public static String idFor(String tenantId, String trigger, Instant at) {
        return Ids.derived("notification:" + tenantId + ":" + trigger, at);
    }

    public NotificationSettings settingsOf(String tenantId) {
        return settings.find(tenantId)
                .orElseGet(() -> new NotificationSettings(tenantId, PreferencesPolicy.defaults(), Map.of(), null));
    }

    /** The template a shop uses for a kind in a language: its own, or Bahi's. */
    public static MessageTemplate templateOf(NotificationSettings shop, NotificationKind kind, String language) {
        MessageTemplate own = shop.templates().get(NotificationSettings.templateKey(kind, language));
        return own != null ? own : TemplateCatalogue.standard(kind, language);
    }

    /** The recipient as providers want it: E.164 for WhatsApp and SMS, a normalised address for e-mail. */
    public static String address(Channel channel, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("RECIPIENT_REQUIRED", "to", "say whom to send it to");
        }
        return channel == Channel.EMAIL
                ? RuleViolation.at("to", () -> EmailAddress.parse(raw).value())
                : RuleViolation.at("to", () -> PhoneNumber.parse(raw).e164());
    }

    /** Asks for the message; answers its id (also when it had been asked for before). */
    public String request(Order order) {
        NotificationSettings shop = settingsOf(order.tenantId());
        NotificationPreferences preferences = shop.preferences();
        String recipient = address(order.channel(), order.recipient());
        Optional<ConsentView> consent = order.toCustomer()
                ? consents.find(order.tenantId(), order.channel(), recipient) : Optional.empty();
        String language = order.language() != null ? order.language()
                : consent.map(ConsentView::language).orElse(preferences.language());
        MessageTemplate template = templateOf(shop, order.kind(), language);
        NotificationStatus skip = null;
        String skipReason = null;
        if (consent.isPresent() && !consent.get().optedIn()) {
            skip = NotificationStatus.SKIPPED_OPTED_OUT;
            skipReason = "the recipient opted out of " + order.channel() + " messages";
        } else if (order.toCustomer() && order.channel() == Channel.WHATSAPP && preferences.whatsAppOptInRequired()
                && consent.isEmpty()) {
            skip = NotificationStatus.SKIPPED_NO_OPT_IN;
            skipReason = "the shop sends WhatsApp messages only to customers who opted in";
        }
        Instant notBefore = order.automatic() ? quietUntil(preferences, order.zone()) : null;
        String dlt = template.dltTemplateId() != null ? template.dltTemplateId() : dltTemplates.get(order.kind());
        String whatsApp = template.whatsAppTemplate() != null ? template.whatsAppTemplate()
                : TemplateCatalogue.whatsAppTemplateOf(order.kind());
        RequestNotification command = new RequestNotification(order.notificationId(), order.tenantId(), order.kind(),
                order.channel(), recipient, order.recipientName(), language, whatsApp,
                TemplateText.parameters(order.kind(), order.values()), dlt,
                TemplateText.render(template.subject(), order.values()),
                TemplateText.render(template.body(), order.values()), order.document(), order.trigger(), notBefore,
                skip, skipReason, order.requestedBy());
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!alreadyRequested(e)) {
                throw e;
            }
        }
        return order.notificationId();
    }

    private Instant quietUntil(NotificationPreferences preferences, ZoneId zone) {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalTime end = PreferencesPolicy.quietUntil(preferences.quietHours(), now.toLocalTime());
        if (end == null) {
            return null;
        }
        ZonedDateTime until = now.with(end);
        return (until.isAfter(now) ? until : until.plusDays(1)).toInstant();
    }

    static boolean alreadyRequested(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    /** The settings aggregate a shop's preferences and templates are changed on. */
    static String settingsIdOf(String tenantId) {
        return ChangeNotificationPreferences.settingsIdOf(tenantId);
    }
}
