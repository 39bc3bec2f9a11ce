package dev.bahi.tenant.adapter.out.persistence;

import static dev.bahi.tenant.Shops.REGISTERED_AT;
import static dev.bahi.tenant.Shops.activeView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoTenantStoresTest {
    private static final String PUNE = "0193a5c2-0000-7000-8000-000000000001";
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("tenant");

    private MongoTemplate template;
    private MongoTenantReadModel tenants;
    private MongoTenantAccessStore access;

    @BeforeEach
    void setUp() {
        template = mongo.template();
        tenants = new MongoTenantReadModel(template);
        tenants.ensureIndexes();
        access = new MongoTenantAccessStore(template);
        access.ensureIndexes();
    }

    @Test
    void a_shop_is_stored_in_the_tenant_database_under_a_tenant_scoped_key() {
        tenants.save(activeView(PUNE));

        Document stored = template.getDb().getCollection("tenants").find().first();
        assertThat(template.getDb().getName()).isEqualTo("bahi_tenant");
        assertThat(stored).containsEntry("_id", PUNE + ":" + PUNE).containsEntry("tenantId", PUNE)
                .containsEntry("gstin", "27AAPFU0939F1ZV").containsEntry("status", "ACTIVE");
        assertThat(tenants.find(PUNE)).contains(activeView(PUNE));
    }

    @Test
    void saving_a_shop_again_replaces_it() {
        tenants.save(activeView(PUNE));
        TenantView suspended = new TenantView(PUNE, activeView(PUNE).profile(), TenantStatus.SUSPENDED, REGISTERED_AT,
                REGISTERED_AT.plusSeconds(60));

        tenants.save(suspended);

        assertThat(template.getDb().getCollection("tenants").countDocuments()).isEqualTo(1);
        assertThat(tenants.find(PUNE)).contains(suspended);
    }

    @Test
    void an_unregistered_shop_without_address_reads_back_without_one() {
        TenantView stall = new TenantView(PUNE, dev.bahi.tenant.Shops.unregisteredTeaStall(), TenantStatus.ACTIVE,
                REGISTERED_AT, REGISTERED_AT);
        tenants.save(stall);

        assertThat(tenants.find(PUNE)).contains(stall);
    }

    @Test
    void every_collection_has_an_index_led_by_tenant_id() {
        for (String collection : new String[] {"tenants", "tenant_access"}) {
            assertThat(template.getDb().getCollection(collection).listIndexes().into(new java.util.ArrayList<>()))
                    .as(collection)
                    .anySatisfy(index -> assertThat(index.get("key", Document.class).keySet().iterator().next())
                            .isEqualTo("tenantId"));
        }
    }

    @Test
    void a_bad_cursor_or_limit_is_a_rule_violation() {
        assertThatThrownBy(() -> tenants.list(0, null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("LIMIT_INVALID"));
        assertThatThrownBy(() -> tenants.list(10, "%%%")).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("CURSOR_INVALID"));
    }

    @Test
    void the_access_lookup_keeps_the_latest_status_of_each_shop() {
        assertThat(access.statusOf(PUNE)).isEmpty();

        access.record(PUNE, TenantStatus.ACTIVE, REGISTERED_AT);
        access.record(PUNE, TenantStatus.SUSPENDED, REGISTERED_AT.plusSeconds(60));

        assertThat(access.statusOf(PUNE)).contains(TenantStatus.SUSPENDED);
        assertThat(access.statusOf("0193a5c2-0000-7000-8000-000000000002")).isEmpty();
        assertThat(template.getDb().getCollection("tenant_access").countDocuments()).isEqualTo(1);
    }
}
