package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.application.port.out.UserAccess.Access;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoUserAccessTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String ASHA = "0193a5c2-8e11-7a40-b2c4-000000000001";
    private static final String RAVI = "0193a5c2-8e11-7a40-b2c4-000000000002";

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    private MongoUserAccess access;

    @BeforeEach
    void emptyStore() {
        access = new MongoUserAccess(mongo.template());
    }

    @Test
    void a_users_access_is_read_back_as_it_was_put() {
        access.put(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.MANAGER));

        assertThat(access.get(SHOP, ASHA)).contains(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.MANAGER));
    }

    @Test
    void putting_access_again_replaces_it() {
        access.put(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.MANAGER));

        access.put(new Access(SHOP, ASHA, UserStatus.DISABLED, Role.CASHIER));

        assertThat(access.get(SHOP, ASHA)).contains(new Access(SHOP, ASHA, UserStatus.DISABLED, Role.CASHIER));
    }

    @Test
    void access_is_kept_per_shop() {
        access.put(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.OWNER));
        access.put(new Access(OTHER_SHOP, ASHA, UserStatus.DISABLED, Role.CASHIER));

        assertThat(access.get(SHOP, ASHA)).contains(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.OWNER));
        assertThat(access.get(OTHER_SHOP, ASHA))
                .contains(new Access(OTHER_SHOP, ASHA, UserStatus.DISABLED, Role.CASHIER));
    }

    @Test
    void an_unknown_user_or_another_shops_user_has_no_access() {
        access.put(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.OWNER));

        assertThat(access.get(SHOP, RAVI)).isEmpty();
        assertThat(access.get(OTHER_SHOP, ASHA)).isEmpty();
    }

    @Test
    void clearing_forgets_everyone() {
        access.put(new Access(SHOP, ASHA, UserStatus.ACTIVE, Role.OWNER));
        access.put(new Access(OTHER_SHOP, RAVI, UserStatus.ACTIVE, Role.CASHIER));

        access.clear();

        assertThat(access.get(SHOP, ASHA)).isEmpty();
        assertThat(access.get(OTHER_SHOP, RAVI)).isEmpty();
    }
}
