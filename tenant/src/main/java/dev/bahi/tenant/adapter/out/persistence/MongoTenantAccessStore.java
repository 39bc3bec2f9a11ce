package dev.bahi.tenant.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.application.port.out.TenantAccessStore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The access lookup in {@code bahi_tenant.tenant_access}: one small document per shop, replaced whole. */
public final class MongoTenantAccessStore implements TenantAccessStore {
    private final MongoTemplate mongo;

    public MongoTenantAccessStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent; called once when the context starts. */
    public void ensureIndexes() {
        mongo.indexOps(TenantAccessDocument.class).createIndex(TenantKeys.index("tenant_status", "status"));
    }

    @Override
    public Optional<TenantStatus> statusOf(String tenantId) {
        Query query = new Query(TenantKeys.tenant(tenantId).and("_id").is(TenantAccessDocument.idOf(tenantId)));
        return Optional.ofNullable(mongo.findOne(query, TenantAccessDocument.class)).map(TenantAccessDocument::status);
    }

    @Override
    public void record(String tenantId, TenantStatus status, Instant changedAt) {
        mongo.save(new TenantAccessDocument(TenantAccessDocument.idOf(tenantId), tenantId, status, changedAt));
    }
}
