package dev.bahi.platform.runtime.web;

import java.time.Instant;
import java.util.Optional;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import dev.bahi.platform.runtime.mongo.TenantKeys;

/**
 * The first answers to idempotency keys, in {@code bahi_platform.idempotency_keys}, keyed
 * {@code <scope>:<hash of caller, route and key>}; a TTL index drops them after a day.
 */
public final class IdempotencyStore {
    static final String COLLECTION = "idempotency_keys";

    /** A key's record; {@code status} 0 while the first request is still running. */
    record Entry(String requestHash, int status, String contentType, String location, byte[] body) {
    }

    @Document(COLLECTION)
    record KeyDocument(@Id String id, String tenantId, String requestHash, int status, String contentType,
                       String location, Binary body, Instant expiresAt) {
    }

    private final MongoTemplate mongo;

    public IdempotencyStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_expiry", "expiresAt"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.expiry("expiresAt"));
    }

    /** Claims the key; false when it is already known (running or answered). */
    boolean begin(String scope, String id, String requestHash, Instant expiresAt) {
        try {
            mongo.insert(new KeyDocument(TenantKeys.id(scope, id), scope, requestHash, 0, null, null, null, expiresAt));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Entry> find(String scope, String id) {
        KeyDocument d = mongo.findById(TenantKeys.id(scope, id), KeyDocument.class);
        return Optional.ofNullable(d).map(k -> new Entry(k.requestHash(), k.status(), k.contentType(), k.location(),
                k.body() == null ? new byte[0] : k.body().getData()));
    }

    void complete(String scope, String id, int status, String contentType, String location, byte[] body) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(TenantKeys.id(scope, id))),
                new Update().set("status", status).set("contentType", contentType).set("location", location)
                        .set("body", new Binary(body)),
                KeyDocument.class);
    }

    void forget(String scope, String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(TenantKeys.id(scope, id))), KeyDocument.class);
    }
}
