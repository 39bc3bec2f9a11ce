package dev.bahi.notifications.adapter.out.persistence;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.application.port.out.ConsentStore;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** Consents keyed {@code <tenantId>:<channel>:<recipient>}, found by recipient within a shop. */
public final class MongoConsentStore implements ConsentStore {
    static final String COLLECTION = "notification_consents";

    @Document(COLLECTION)
    record ConsentDocument(@Id String id, String tenantId, String recipient, ConsentView consent) {
    }

    private final MongoTemplate mongo;

    public MongoConsentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_recipient", "recipient"));
    }

    @Override
    public void save(ConsentView consent) {
        mongo.save(new ConsentDocument(key(consent.tenantId(), consent.channel(), consent.recipient()),
                consent.tenantId(), consent.recipient(), consent));
    }

    @Override
    public Optional<ConsentView> find(String tenantId, Channel channel, String recipient) {
        return Optional.ofNullable(mongo.findById(key(tenantId, channel, recipient), ConsentDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(ConsentDocument::consent);
    }

    @Override
    public List<ConsentView> findAll(String tenantId, String recipient) {
        Query query = Query.query(TenantKeys.tenant(tenantId).and("recipient").is(recipient)).with(TenantKeys.byId());
        return mongo.find(query, ConsentDocument.class).stream().map(ConsentDocument::consent).toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ConsentDocument.class);
    }

    private static String key(String tenantId, Channel channel, String recipient) {
        return TenantKeys.id(tenantId, channel.name() + ":" + recipient);
    }
}
