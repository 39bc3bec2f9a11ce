package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.application.port.out.InventorySettingsStore;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** One settings document per shop, keyed {@code <tenantId>:inventory}. */
public final class MongoInventorySettingsStore implements InventorySettingsStore {
    static final String COLLECTION = "settings";

    @Document(COLLECTION)
    record SettingsDocument(@Id String id, String tenantId, boolean strictStock, Instant changedAt) {
    }

    private final MongoTemplate mongo;

    public MongoInventorySettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant", "changedAt"));
    }

    @Override
    public void save(InventorySettings settings) {
        mongo.save(new SettingsDocument(TenantKeys.id(settings.tenantId(), "inventory"), settings.tenantId(),
                settings.strictStock(), settings.changedAt()));
    }

    @Override
    public Optional<InventorySettings> find(String tenantId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, "inventory"), SettingsDocument.class))
                .map(d -> new InventorySettings(d.tenantId(), d.strictStock(), d.changedAt()));
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), SettingsDocument.class);
    }
}
