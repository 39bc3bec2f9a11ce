package dev.bahi.tenant.adapter.in.security;

import static dev.bahi.tenant.Shops.REGISTERED_AT;
import static dev.bahi.tenant.Shops.registered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.tenant.adapter.out.persistence.MongoTenantAccessStore;
import dev.bahi.tenant.adapter.out.persistence.MongoTenantReadModel;
import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.application.TenantAccessProjection;
import dev.bahi.tenant.application.TenantAccessService;
import dev.bahi.tenant.application.TenantProjection;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The access lookup, kept by its projection, as the token check sees it. */
class SuspendedTenantRevocationTest {
    private static final String PUNE = "0193a5c2-0000-7000-8000-000000000001";
    private static final BahiPrincipal CASHIER = new BahiPrincipal("user-1", PUNE, Set.of("CASHIER"), "jti-1");
    private static final BahiPrincipal ADMIN =
            new BahiPrincipal("admin", null, Set.of(BahiPrincipal.PLATFORM_ADMIN), "jti-2");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("tenant");

    private TenantAccessProjection accessProjection;
    private TenantProjection tenantProjection;
    private SuspendedTenantRevocation revocation;

    @BeforeEach
    void setUp() {
        MongoTemplate template = mongo.template();
        MongoTenantAccessStore access = new MongoTenantAccessStore(template);
        MongoTenantReadModel tenants = new MongoTenantReadModel(template);
        accessProjection = new TenantAccessProjection(access);
        tenantProjection = new TenantProjection(tenants);
        revocation = new SuspendedTenantRevocation(new TenantAccessService(access, tenants));
    }

    @Test
    void an_active_shops_users_may_proceed() {
        accessProjection.on(registered(PUNE));

        assertThat(revocation.revokedReason(CASHIER)).isEmpty();
    }

    @Test
    void a_suspended_shops_tokens_are_refused_at_once() {
        accessProjection.on(registered(PUNE));
        accessProjection.on(new TenantSuspended(PUNE, "unpaid", REGISTERED_AT));

        assertThat(revocation.revokedReason(CASHIER)).contains("TENANT_SUSPENDED");
    }

    @Test
    void a_reactivated_shops_tokens_work_again() {
        accessProjection.on(registered(PUNE));
        accessProjection.on(new TenantSuspended(PUNE, "unpaid", REGISTERED_AT));
        accessProjection.on(new TenantReactivated(PUNE, REGISTERED_AT.plusSeconds(60)));

        assertThat(revocation.revokedReason(CASHIER)).isEmpty();
    }

    @Test
    void the_platform_admin_is_never_locked_out_by_a_suspension() {
        accessProjection.on(registered(PUNE));
        accessProjection.on(new TenantSuspended(PUNE, "unpaid", REGISTERED_AT));

        assertThat(revocation.revokedReason(ADMIN)).isEmpty();
    }

    @Test
    void a_shop_missing_from_the_lookup_is_judged_by_the_read_model() {
        // e.g. the lookup was lost in a restore: the replayed read model still knows of the suspension.
        tenantProjection.on(registered(PUNE));
        tenantProjection.on(new TenantSuspended(PUNE, "unpaid", REGISTERED_AT));

        assertThat(revocation.revokedReason(CASHIER)).contains("TENANT_SUSPENDED");
    }
}
