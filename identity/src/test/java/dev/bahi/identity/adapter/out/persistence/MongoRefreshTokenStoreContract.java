package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.identity.application.port.out.RefreshTokenStore.State;
import dev.bahi.identity.application.port.out.RefreshTokenStore.StoredToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What {@link MongoRefreshTokenStore} must do on any MongoDB it runs on: a token is used at most once, even
 * under a race, and revoking a family touches that family in that scope only.
 */
abstract class MongoRefreshTokenStoreContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String USER = "0193a5c2-8e11-7a40-b2c4-000000000001";
    static final String FAMILY = "0193a5c2-f000-7000-8000-000000000001";
    static final String OTHER_FAMILY = "0193a5c2-f000-7000-8000-000000000002";
    /** Millisecond precision: what a BSON date keeps. */
    static final Instant EXPIRES = Instant.parse("2026-12-25T10:15:30.123Z");

    private MongoRefreshTokenStore store;

    /** The {@code bahi_identity} database of the store under test. */
    protected abstract MongoTemplate identityDatabase();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = identityDatabase();
        mongo.getCollection(MongoRefreshTokenStore.COLLECTION).deleteMany(new Document());
        store = new MongoRefreshTokenStore(mongo);
    }

    private static StoredToken active(String scope, String hash, String family) {
        return new StoredToken(scope, hash, family, USER, State.ACTIVE, EXPIRES);
    }

    private State stateOf(String scope, String hash) {
        return store.find(scope, hash).map(StoredToken::state).orElseThrow();
    }

    @Test
    void a_saved_token_is_found_as_it_was_saved() {
        store.save(active(SHOP, "hash-1", FAMILY));

        assertThat(store.find(SHOP, "hash-1")).contains(active(SHOP, "hash-1", FAMILY));
    }

    @Test
    void a_token_is_not_found_under_another_scope_or_hash() {
        store.save(active(SHOP, "hash-1", FAMILY));

        assertThat(store.find(OTHER_SHOP, "hash-1")).isEmpty();
        assertThat(store.find(SHOP, "hash-2")).isEmpty();
    }

    @Test
    void the_first_use_answers_the_active_token_and_marks_it_used() {
        store.save(active(SHOP, "hash-1", FAMILY));

        assertThat(store.use(SHOP, "hash-1")).contains(active(SHOP, "hash-1", FAMILY));
        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.USED);
    }

    @Test
    void a_second_use_answers_nothing() {
        store.save(active(SHOP, "hash-1", FAMILY));
        store.use(SHOP, "hash-1");

        assertThat(store.use(SHOP, "hash-1")).isEmpty();
        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.USED);
    }

    @Test
    void an_unknown_token_or_a_token_of_another_scope_cannot_be_used() {
        store.save(active(SHOP, "hash-1", FAMILY));

        assertThat(store.use(SHOP, "hash-2")).isEmpty();
        assertThat(store.use(OTHER_SHOP, "hash-1")).isEmpty();
        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.ACTIVE);
    }

    @Test
    void revoking_a_family_revokes_its_used_and_active_tokens_and_nothing_else() {
        store.save(active(SHOP, "hash-1", FAMILY));
        store.use(SHOP, "hash-1");
        store.save(active(SHOP, "hash-2", FAMILY));
        store.save(active(SHOP, "hash-3", OTHER_FAMILY));
        store.save(active(OTHER_SHOP, "hash-4", FAMILY));

        store.revokeFamily(SHOP, FAMILY);

        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.REVOKED);
        assertThat(stateOf(SHOP, "hash-2")).isEqualTo(State.REVOKED);
        assertThat(stateOf(SHOP, "hash-3")).as("another family").isEqualTo(State.ACTIVE);
        assertThat(stateOf(OTHER_SHOP, "hash-4")).as("the same family id in another scope").isEqualTo(State.ACTIVE);
    }

    @Test
    void a_revoked_token_cannot_be_used() {
        store.save(active(SHOP, "hash-1", FAMILY));
        store.revokeFamily(SHOP, FAMILY);

        assertThat(store.use(SHOP, "hash-1")).isEmpty();
        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.REVOKED);
    }

    @Test
    void of_eight_simultaneous_uses_of_one_token_exactly_one_gets_it() throws Exception {
        store.save(active(SHOP, "hash-1", FAMILY));
        List<Optional<StoredToken>> answers = Race.run(8, i -> () -> store.use(SHOP, "hash-1"));

        assertThat(answers.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(stateOf(SHOP, "hash-1")).isEqualTo(State.USED);
    }
}
