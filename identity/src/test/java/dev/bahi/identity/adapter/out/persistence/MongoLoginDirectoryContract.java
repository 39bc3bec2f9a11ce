package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.identity.application.port.out.LoginDirectory.Entry;
import dev.bahi.platform.kernel.StateConflict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What {@link MongoLoginDirectory} must do on any MongoDB it runs on: keep a login unique within a shop, also
 * under a race, while the same login may serve in several shops.
 */
abstract class MongoLoginDirectoryContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String ASHA = "0193a5c2-8e11-7a40-b2c4-000000000001";
    static final String RAVI = "0193a5c2-8e11-7a40-b2c4-000000000002";
    static final String LOGIN = "asha@sharma.example";

    private MongoLoginDirectory directory;

    /** The {@code bahi_identity} database of the store under test. */
    protected abstract MongoTemplate identityDatabase();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = identityDatabase();
        mongo.getCollection(MongoLoginDirectory.COLLECTION).deleteMany(new Document());
        directory = new MongoLoginDirectory(mongo);
    }

    @Test
    void a_claimed_login_is_found_with_its_user() {
        directory.claim(SHOP, LOGIN, ASHA);

        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, ASHA));
    }

    @Test
    void a_login_cannot_be_claimed_twice_in_one_shop() {
        directory.claim(SHOP, LOGIN, ASHA);

        assertThatThrownBy(() -> directory.claim(SHOP, LOGIN, RAVI))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code()).isEqualTo("LOGIN_TAKEN"));
        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, ASHA));
    }

    @Test
    void the_same_person_cannot_claim_their_login_twice_either() {
        directory.claim(SHOP, LOGIN, ASHA);

        assertThatThrownBy(() -> directory.claim(SHOP, LOGIN, ASHA))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code()).isEqualTo("LOGIN_TAKEN"));
    }

    @Test
    void the_same_login_may_be_used_in_another_shop_and_is_found_in_both() {
        directory.claim(SHOP, LOGIN, ASHA);
        directory.claim(OTHER_SHOP, LOGIN, RAVI);

        assertThat(directory.find(LOGIN))
                .containsExactlyInAnyOrder(new Entry(SHOP, LOGIN, ASHA), new Entry(OTHER_SHOP, LOGIN, RAVI));
    }

    @Test
    void an_unknown_login_is_found_nowhere() {
        directory.claim(SHOP, LOGIN, ASHA);

        assertThat(directory.find("ravi@sharma.example")).isEmpty();
        assertThat(directory.find("ASHA@SHARMA.EXAMPLE")).as("logins arrive normalised; no case folding here")
                .isEmpty();
    }

    @Test
    void a_login_given_back_by_its_owner_can_be_claimed_again() {
        directory.claim(SHOP, LOGIN, ASHA);

        directory.release(SHOP, LOGIN, ASHA);

        assertThat(directory.find(LOGIN)).isEmpty();
        directory.claim(SHOP, LOGIN, RAVI);
        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, RAVI));
    }

    @Test
    void only_the_owner_can_give_a_login_back() {
        directory.claim(SHOP, LOGIN, ASHA);

        directory.release(SHOP, LOGIN, RAVI);

        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, ASHA));
    }

    @Test
    void giving_a_login_back_in_one_shop_leaves_the_other_shop_alone() {
        directory.claim(SHOP, LOGIN, ASHA);
        directory.claim(OTHER_SHOP, LOGIN, ASHA);

        directory.release(OTHER_SHOP, LOGIN, ASHA);

        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, ASHA));
    }

    @Test
    void of_eight_simultaneous_claims_of_one_login_exactly_one_wins() throws Exception {
        int racers = 8;
        List<String> winners = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        Race.run(racers, i -> {
            String userId = "0193a5c2-8e11-7a40-b2c4-00000000010" + i;
            return () -> {
                try {
                    directory.claim(SHOP, LOGIN, userId);
                    winners.add(userId);
                } catch (StateConflict e) {
                    refusals.add(e.code());
                }
                return null;
            };
        });

        assertThat(winners).hasSize(1);
        assertThat(refusals).hasSize(racers - 1).containsOnly("LOGIN_TAKEN");
        assertThat(directory.find(LOGIN)).containsExactly(new Entry(SHOP, LOGIN, winners.get(0)));
    }
}
