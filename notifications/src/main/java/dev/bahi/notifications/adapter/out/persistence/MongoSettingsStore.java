package dev.bahi.notifications.adapter.out.persistence;

import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.application.port.out.SettingsStore;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** One settings document per shop, keyed {@code <tenantId>:notification-settings}. */
public final class MongoSettingsStore implements SettingsStore {
    static final String COLLECTION = "notification_settings";
    static final String KEY = "notification-settings";

    @Document(COLLECTION)
    record SettingsDocument(@Id String id, String tenantId, NotificationSettings settings) {
    }

    private final MongoTemplate mongo;

    public MongoSettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(NotificationSettings settings) {
        mongo.save(new SettingsDocument(TenantKeys.id(settings.tenantId(), KEY), settings.tenantId(), settings));
    }

    @Override
    public Optional<NotificationSettings> find(String tenantId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, KEY), SettingsDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(SettingsDocument::settings);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), SettingsDocument.class);
    }
}
