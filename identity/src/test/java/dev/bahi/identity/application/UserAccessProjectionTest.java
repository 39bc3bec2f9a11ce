package dev.bahi.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.identity.adapter.out.persistence.MongoRevokedAccessTokens;
import dev.bahi.identity.adapter.out.persistence.MongoUserAccess;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Whether a verified token may still be used, kept in step with the user events; called as a plain object. */
class UserAccessProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String ASHA = "0193a5c2-8e11-7a40-b2c4-000000000001";
    private static final String JTI = "5f1c2a9e-2b7d-4c1e-9a0f-8d3b6e4a2c10";
    private static final Instant AT = Instant.parse("2026-01-05T09:30:00Z");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    private MongoRevokedAccessTokens revokedTokens;
    private UserAccessProjection projection;

    @BeforeEach
    void emptyStore() {
        MongoTemplate identity = mongo.template();
        revokedTokens = new MongoRevokedAccessTokens(identity);
        projection = new UserAccessProjection(new MongoUserAccess(identity), revokedTokens);
    }

    private static BahiPrincipal bearer(String tenantId, String role) {
        return new BahiPrincipal(ASHA, tenantId, Set.of(role), JTI);
    }

    private void registerAsha(Role role) {
        projection.on(new UserRegistered(ASHA, SHOP, "Asha Verma", "asha@sharma.example", null, "hash", role, null,
                AT));
    }

    @Test
    void an_active_user_with_the_role_in_the_token_may_proceed() {
        registerAsha(Role.CASHIER);

        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).isEmpty();
    }

    @Test
    void a_user_the_shop_does_not_know_is_refused() {
        registerAsha(Role.CASHIER);

        assertThat(projection.revokedReason(bearer(OTHER_SHOP, "CASHIER"))).contains("USER_NOT_FOUND");
    }

    @Test
    void a_disabled_user_is_refused_at_once_and_allowed_again_when_enabled() {
        registerAsha(Role.CASHIER);

        projection.on(new UserDisabled(ASHA, SHOP, AT.plusSeconds(60)));
        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).contains("USER_DISABLED");

        projection.on(new UserEnabled(ASHA, SHOP, AT.plusSeconds(120)));
        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).isEmpty();
    }

    @Test
    void a_token_issued_before_a_role_change_is_refused_and_one_with_the_new_role_is_not() {
        registerAsha(Role.MANAGER);

        projection.on(new UserRoleChanged(ASHA, SHOP, Role.MANAGER, Role.CASHIER));

        assertThat(projection.revokedReason(bearer(SHOP, "MANAGER"))).contains("ROLE_CHANGED");
        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).isEmpty();
    }

    @Test
    void a_role_change_keeps_a_disabled_user_disabled() {
        registerAsha(Role.MANAGER);
        projection.on(new UserDisabled(ASHA, SHOP, AT.plusSeconds(60)));

        projection.on(new UserRoleChanged(ASHA, SHOP, Role.MANAGER, Role.CASHIER));

        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).contains("USER_DISABLED");
    }

    @Test
    void a_logged_out_token_is_refused() {
        registerAsha(Role.CASHIER);

        revokedTokens.revoke(SHOP, JTI, AT.plusSeconds(900));

        assertThat(projection.revokedReason(bearer(SHOP, "CASHIER"))).contains("TOKEN_REVOKED");
    }

    @Test
    void the_platform_admin_may_proceed_unless_logged_out() {
        BahiPrincipal admin = new BahiPrincipal("platform-admin", null, Set.of(BahiPrincipal.PLATFORM_ADMIN), JTI);
        assertThat(projection.revokedReason(admin)).isEmpty();

        revokedTokens.revoke("platform", JTI, AT.plusSeconds(900));

        assertThat(projection.revokedReason(admin)).contains("TOKEN_REVOKED");
    }
}
