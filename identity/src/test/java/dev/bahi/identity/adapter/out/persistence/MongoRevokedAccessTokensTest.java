package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoRevokedAccessTokensTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String JTI = "5f1c2a9e-2b7d-4c1e-9a0f-8d3b6e4a2c10";
    private static final Instant EXPIRES = Instant.parse("2026-12-25T10:15:30Z");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    private MongoTemplate identity;
    private MongoRevokedAccessTokens revoked;

    @BeforeEach
    void emptyStore() {
        identity = mongo.template();
        revoked = new MongoRevokedAccessTokens(identity);
    }

    @Test
    void a_revoked_token_is_revoked() {
        revoked.revoke(SHOP, JTI, EXPIRES);

        assertThat(revoked.isRevoked(SHOP, JTI)).isTrue();
    }

    @Test
    void a_token_never_revoked_is_not() {
        revoked.revoke(SHOP, JTI, EXPIRES);

        assertThat(revoked.isRevoked(SHOP, "6a2d3b0f-3c8e-4d2f-8b1a-9e4c7f5b3d21")).isFalse();
    }

    @Test
    void revoking_in_one_scope_does_not_revoke_the_same_id_in_another() {
        revoked.revoke(SHOP, JTI, EXPIRES);

        assertThat(revoked.isRevoked(OTHER_SHOP, JTI)).isFalse();
        assertThat(revoked.isRevoked("platform", JTI)).isFalse();
    }

    @Test
    void revoking_twice_is_harmless() {
        revoked.revoke(SHOP, JTI, EXPIRES);
        revoked.revoke(SHOP, JTI, EXPIRES.plusSeconds(60));

        assertThat(revoked.isRevoked(SHOP, JTI)).isTrue();
        assertThat(identity.getCollection(MongoRevokedAccessTokens.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void revocations_are_dropped_by_the_store_once_the_token_would_have_expired() {
        assertThat(identity.indexOps(MongoRevokedAccessTokens.COLLECTION).getIndexInfo())
                .filteredOn(index -> index.getName().equals("expiry"))
                .singleElement()
                .satisfies(index -> {
                    assertThat(index.isIndexForFields(List.of("expiresAt"))).isTrue();
                    assertThat(index.getExpireAfter()).hasValue(Duration.ZERO);
                });
    }
}
