package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.application.port.out.UserAccess;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** Each user's status and role, keyed {@code <tenantId>:<userId>}: one point read per request. */
public final class MongoUserAccess implements UserAccess {
    static final String COLLECTION = "user_access";

    @Document(COLLECTION)
    record AccessDocument(@Id String id, String tenantId, String userId, UserStatus status, Role role) {
    }

    private final MongoTemplate mongo;

    public MongoUserAccess(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_user", "userId"));
    }

    @Override
    public void put(Access access) {
        mongo.save(new AccessDocument(TenantKeys.id(access.tenantId(), access.userId()), access.tenantId(),
                access.userId(), access.status(), access.role()));
    }

    @Override
    public Optional<Access> get(String tenantId, String userId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, userId), AccessDocument.class))
                .map(d -> new Access(d.tenantId(), d.userId(), d.status(), d.role()));
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), AccessDocument.class);
    }
}
