package dev.bahi.notifications.application;

import dev.bahi.notifications.api.ConsentRecorded;
import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationPreferencesChanged;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.TemplateReset;
import dev.bahi.notifications.api.TemplateSaved;
import dev.bahi.notifications.application.port.out.ConsentStore;
import dev.bahi.notifications.application.port.out.SettingsStore;
import dev.bahi.notifications.domain.PreferencesPolicy;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps shops' preferences, templates and recipients' consents. A change must hold for the very next message (an
 * opt-out above all), so this processor subscribes: the stores change in the unit of work of the event.
 */
@ProcessingGroup(SettingsProjection.PROCESSING_GROUP)
public class SettingsProjection {
    public static final String PROCESSING_GROUP = "notifications.settings";

    private final SettingsStore settings;
    private final ConsentStore consents;

    public SettingsProjection(SettingsStore settings, ConsentStore consents) {
        this.settings = settings;
        this.consents = consents;
    }

    @EventHandler
    public void on(NotificationPreferencesChanged e) {
        NotificationSettings current = current(e.tenantId());
        settings.save(new NotificationSettings(e.tenantId(), e.preferences(), current.templates(), e.changedAt()));
    }

    @EventHandler
    public void on(TemplateSaved e) {
        NotificationSettings current = current(e.tenantId());
        Map<String, MessageTemplate> templates = new HashMap<>(current.templates());
        templates.put(NotificationSettings.templateKey(e.kind(), e.language()), e.template());
        settings.save(new NotificationSettings(e.tenantId(), current.preferences(), templates, e.savedAt()));
    }

    @EventHandler
    public void on(TemplateReset e) {
        NotificationSettings current = current(e.tenantId());
        Map<String, MessageTemplate> templates = new HashMap<>(current.templates());
        templates.remove(NotificationSettings.templateKey(e.kind(), e.language()));
        settings.save(new NotificationSettings(e.tenantId(), current.preferences(), templates, e.resetAt()));
    }

    @EventHandler
    public void on(ConsentRecorded e) {
        consents.save(new ConsentView(e.consentId(), e.tenantId(), e.channel(), e.recipient(), e.optedIn(),
                e.language(), e.source(), e.recordedBy(), e.recordedAt()));
    }

    @ResetHandler
    public void reset() {
        settings.clear();
        consents.clear();
    }

    private NotificationSettings current(String tenantId) {
        return settings.find(tenantId)
                .orElseGet(() -> new NotificationSettings(tenantId, PreferencesPolicy.defaults(), Map.of(), null));
    }
}
