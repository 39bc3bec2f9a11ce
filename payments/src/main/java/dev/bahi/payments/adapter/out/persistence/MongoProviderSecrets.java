package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.application.port.out.ProviderSecrets;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Secrets in {@code provider_secrets}, one document per shop and provider keyed {@code <tenantId>:<provider>}: a plain
 * collection, not the event store, so that no secret ever becomes part of the audit history.
 */
public final class MongoProviderSecrets implements ProviderSecrets {
    static final String COLLECTION = "provider_secrets";

    private final MongoTemplate mongo;

    public MongoProviderSecrets(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_provider", "provider"));
    }

    @Override
    public void put(String tenantId, String provider, String secret, Instant configuredAt) {
        mongo.upsert(byId(tenantId, provider), new Update().set("tenantId", tenantId).set("provider", provider)
                .set("secret", secret).set("configuredAt", Date.from(configuredAt)), COLLECTION);
    }

    @Override
    public Optional<String> secretOf(String tenantId, String provider) {
        return Optional.ofNullable(mongo.findOne(byId(tenantId, provider), Document.class, COLLECTION))
                .map(d -> d.getString("secret"));
    }

    @Override
    public List<ConfiguredProvider> list(String tenantId) {
        Query query = Query.query(TenantKeys.tenant(tenantId)).with(Sort.by("provider"));
        query.fields().include("provider", "configuredAt");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new ConfiguredProvider(d.getString("provider"), d.getDate("configuredAt").toInstant()))
                .toList();
    }

    private static Query byId(String tenantId, String provider) {
        return Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, provider)).and("tenantId").is(tenantId));
    }
}
