package dev.bahi.platform.runtime.mongo;

import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Values unique within a shop (logins, SKUs, customers' phones), claimed before the aggregate that owns them is
 * created, as in AxonIQ's set-based validation sample: one document per value keyed {@code <tenantId>:<value>},
 * so the store's unique {@code _id} decides who wins a race, on any MongoDB.
 */
public final class UniqueKeys {
    private final MongoTemplate mongo;
    private final String collection;
    private final String valueField;
    private final String ownerField;

    /** Documents {@code {_id, tenantId, <valueField>, <ownerField>}} in {@code collection}. */
    public UniqueKeys(MongoTemplate mongo, String collection, String valueField, String ownerField) {
        this.mongo = mongo;
        this.collection = collection;
        this.valueField = valueField;
        this.ownerField = ownerField;
    }

    /** Claims {@code value} for {@code ownerId}; false when another owner (or this one) already holds it. */
    public boolean claim(String tenantId, String value, String ownerId) {
        try {
            mongo.insert(new Document("_id", TenantKeys.id(tenantId, value)).append("tenantId", tenantId)
                    .append(valueField, value).append(ownerField, ownerId), collection);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives {@code value} back, only if {@code ownerId} still holds it. */
    public void release(String tenantId, String value, String ownerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, value)).and(ownerField).is(ownerId)),
                collection);
    }

    /** Who holds {@code value} in the shop. */
    public Optional<String> ownerOf(String tenantId, String value) {
        Document found = mongo.findOne(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, value))
                .and("tenantId").is(tenantId)), Document.class, collection);
        return Optional.ofNullable(found).map(d -> d.getString(ownerField));
    }
}
