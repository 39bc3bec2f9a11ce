package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.identity.application.port.out.LoginDirectory;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.runtime.mongo.UniqueKeys;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Logins keyed {@code <tenantId>:<login>}: the store's unique {@code _id} decides who wins a race; also found by
 * login alone, across shops, for a login that names no shop.
 */
public final class MongoLoginDirectory implements LoginDirectory {
    static final String COLLECTION = "logins";

    @Document(COLLECTION)
    record LoginDocument(@Id String id, String tenantId, String login, String userId) {
    }

    private final MongoTemplate mongo;
    private final UniqueKeys logins;

    public MongoLoginDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        this.logins = new UniqueKeys(mongo, COLLECTION, "login", "userId");
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_login", "login"));
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("login", Sort.Direction.ASC).named("login"));
    }

    @Override
    public void claim(String tenantId, String login, String userId) {
        if (!logins.claim(tenantId, login, userId)) {
            throw new StateConflict("LOGIN_TAKEN", "'" + login + "' is already a login in this shop");
        }
    }

    @Override
    public void release(String tenantId, String login, String userId) {
        logins.release(tenantId, login, userId);
    }

    @Override
    public List<Entry> find(String login) {
        return mongo.find(Query.query(Criteria.where("login").is(login)), LoginDocument.class).stream()
                .map(d -> new Entry(d.tenantId(), d.login(), d.userId()))
                .toList();
    }
}
