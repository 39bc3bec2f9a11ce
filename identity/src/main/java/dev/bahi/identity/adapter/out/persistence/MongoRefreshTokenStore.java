package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.identity.application.port.out.RefreshTokenStore;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Refresh tokens by hash, keyed {@code <scope>:<hash>}; using one is a single atomic compare-and-set. */
public final class MongoRefreshTokenStore implements RefreshTokenStore {
    static final String COLLECTION = "refresh_tokens";

    @Document(COLLECTION)
    record RefreshTokenDocument(@Id String id, String tenantId, String hash, String familyId, String userId,
                                State state, Instant expiresAt) {
        StoredToken toToken() {
            return new StoredToken(tenantId, hash, familyId, userId, state, expiresAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoRefreshTokenStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_family", "familyId"));
        // Expired tokens are of no use to anyone: MongoDB's TTL monitor removes them.
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.expiry("expiresAt"));
    }

    @Override
    public void save(StoredToken token) {
        mongo.insert(new RefreshTokenDocument(TenantKeys.id(token.scope(), token.hash()), token.scope(), token.hash(),
                token.familyId(), token.userId(), token.state(), token.expiresAt()));
    }

    @Override
    public Optional<StoredToken> use(String scope, String hash) {
        RefreshTokenDocument before = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(TenantKeys.id(scope, hash)).and("state").is(State.ACTIVE)),
                Update.update("state", State.USED),
                FindAndModifyOptions.options().returnNew(false),
                RefreshTokenDocument.class);
        return Optional.ofNullable(before).map(RefreshTokenDocument::toToken);
    }

    @Override
    public Optional<StoredToken> find(String scope, String hash) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(scope, hash), RefreshTokenDocument.class))
                .map(RefreshTokenDocument::toToken);
    }

    @Override
    public void revokeFamily(String scope, String familyId) {
        mongo.updateMulti(Query.query(TenantKeys.tenant(scope).and("familyId").is(familyId)),
                Update.update("state", State.REVOKED), RefreshTokenDocument.class);
    }
}
