package dev.bahi.notifications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.notifications.api.ChangeNotificationPreferences;
import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.NotificationPreferencesChanged;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.ResetTemplate;
import dev.bahi.notifications.api.SaveTemplate;
import dev.bahi.notifications.api.TemplateReset;
import dev.bahi.notifications.api.TemplateSaved;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A shop's notification preferences and own templates, one per shop, created on its first change. A change that
 * changes nothing records nothing.
 */
@Aggregate
public class NotificationSettingsRecord {
    @AggregateIdentifier
    private String settingsId;
    private String tenantId;
    private NotificationPreferences preferences;
    private final Map<String, MessageTemplate> templates = new HashMap<>();

    protected NotificationSettingsRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeNotificationPreferences command, Clock clock) {
        owned(command.settingsId(), command.tenantId());
        NotificationPreferences checked = PreferencesPolicy.checked(command.preferences());
        if (!checked.equals(current())) {
            apply(new NotificationPreferencesChanged(command.tenantId(), checked, clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SaveTemplate command, Clock clock) {
        owned(command.settingsId(), command.tenantId());
        language(command.language());
        if (command.kind() == null) {
            throw new RuleViolation("KIND_REQUIRED", "kind", "say which kind of message the template is for");
        }
        MessageTemplate checked = TemplateText.checked(command.kind(), command.template());
        String key = NotificationSettings.templateKey(command.kind(), command.language());
        if (!checked.equals(templates.get(key))) {
            apply(new TemplateSaved(command.tenantId(), command.kind(), command.language(), checked, clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ResetTemplate command, Clock clock) {
        owned(command.settingsId(), command.tenantId());
        language(command.language());
        if (command.kind() != null
                && templates.containsKey(NotificationSettings.templateKey(command.kind(), command.language()))) {
            apply(new TemplateReset(command.tenantId(), command.kind(), command.language(), clock.instant()));
        }
    }

    private void owned(String id, String tenant) {
        if (!ChangeNotificationPreferences.settingsIdOf(tenant).equals(id)
                || (tenantId != null && !tenantId.equals(tenant))) {
            throw new NotFound("SETTINGS_NOT_FOUND", "no such settings");
        }
        if (settingsId == null) {
            settingsId = id;
            tenantId = tenant;
        }
    }

    private static void language(String language) {
        if (!TemplateCatalogue.supported(language)) {
            throw new RuleViolation("LANGUAGE_UNSUPPORTED", "language", "languages are " + TemplateCatalogue.LANGUAGES);
        }
    }

    private NotificationPreferences current() {
        return preferences == null ? PreferencesPolicy.defaults() : preferences;
    }

    @EventSourcingHandler
    void on(NotificationPreferencesChanged event) {
        settingsId = ChangeNotificationPreferences.settingsIdOf(event.tenantId());
        tenantId = event.tenantId();
        preferences = event.preferences();
    }

    @EventSourcingHandler
    void on(TemplateSaved event) {
        settingsId = ChangeNotificationPreferences.settingsIdOf(event.tenantId());
        tenantId = event.tenantId();
        templates.put(NotificationSettings.templateKey(event.kind(), event.language()), event.template());
    }

    @EventSourcingHandler
    void on(TemplateReset event) {
        templates.remove(NotificationSettings.templateKey(event.kind(), event.language()));
    }
}
