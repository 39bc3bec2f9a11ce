package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.identity.application.port.out.RevokedAccessTokens;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** Logged-out access token ids, keyed {@code <scope>:<jti>}, dropped by a TTL index once they would have expired. */
public final class MongoRevokedAccessTokens implements RevokedAccessTokens {
    static final String COLLECTION = "revoked_access_tokens";

    @Document(COLLECTION)
    record RevokedTokenDocument(@Id String id, String tenantId, String tokenId, Instant expiresAt) {
    }

    private final MongoTemplate mongo;

    public MongoRevokedAccessTokens(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_token", "tokenId"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.expiry("expiresAt"));
    }

    @Override
    public void revoke(String scope, String tokenId, Instant expiresAt) {
        mongo.save(new RevokedTokenDocument(TenantKeys.id(scope, tokenId), scope, tokenId, expiresAt));
    }

    @Override
    public boolean isRevoked(String scope, String tokenId) {
        return mongo.findById(TenantKeys.id(scope, tokenId), RevokedTokenDocument.class) != null;
    }
}
