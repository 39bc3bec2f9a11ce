package dev.bahi.tenant.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The shops' read model in {@code bahi_tenant.tenants}. */
public final class MongoTenantReadModel implements TenantReadModel {
    private final MongoTemplate mongo;

    public MongoTenantReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent; called once when the context starts. */
    public void ensureIndexes() {
        mongo.indexOps(TenantDocument.class).createIndex(TenantKeys.index("tenant_status", "status"));
    }

    @Override
    public Optional<TenantView> find(String tenantId) {
        // Point read on the tenant-scoped key, filtered by tenant as every lookup is.
        Query query = new Query(TenantKeys.tenant(tenantId).and("_id").is(TenantDocument.idOf(tenantId)));
        return Optional.ofNullable(mongo.findOne(query, TenantDocument.class)).map(TenantDocument::toView);
    }

    @Override
    public void save(TenantView tenant) {
        mongo.save(TenantDocument.of(tenant));
    }

    @Override
    public TenantPage list(Integer limit, String cursor) {
        // The platform admin's view across shops: the one read that is not limited to a tenant.
        CursorPage<TenantView> page = CursorPage.read(mongo, Criteria.where("tenantId").exists(true),
                TenantDocument.class, TenantDocument::id, TenantDocument::toView, limit, cursor);
        return new TenantPage(page.items(), page.nextCursor());
    }

    @Override
    public TenantPage named(String name, int limit) {
        // Across shops like the admin's list: for platform tools, never for a shop's own requests.
        Query query = new Query(Criteria.where("tenantId").exists(true).and("name").is(name))
                .with(TenantKeys.byId()).limit(limit);
        return new TenantPage(mongo.find(query, TenantDocument.class).stream().map(TenantDocument::toView).toList(), null);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), TenantDocument.class);
    }
}
