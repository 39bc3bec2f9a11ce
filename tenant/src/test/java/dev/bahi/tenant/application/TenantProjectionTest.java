package dev.bahi.tenant.application;

import static dev.bahi.tenant.Shops.REGISTERED_AT;
import static dev.bahi.tenant.Shops.registered;
import static dev.bahi.tenant.Shops.sharmaKirana;
import static dev.bahi.tenant.Shops.unregisteredTeaStall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.tenant.adapter.out.persistence.MongoTenantReadModel;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.ListTenants;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.api.TenantView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The projection and its query handler called as plain objects, against the embedded store. */
class TenantProjectionTest {
    private static final String PUNE = "0193a5c2-0000-7000-8000-000000000001";
    private static final String LUCKNOW = "0193a5c2-0000-7000-8000-000000000002";
    private static final Instant LATER = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-12-02T10:00:00Z");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("tenant");

    private MongoTenantReadModel readModel;
    private TenantProjection projection;
    private TenantQueryHandler queries;

    @BeforeEach
    void setUp() {
        readModel = new MongoTenantReadModel(mongo.template());
        readModel.ensureIndexes();
        projection = new TenantProjection(readModel);
        queries = new TenantQueryHandler(readModel);
    }

    private static BusinessProfile renamed() {
        BusinessProfile p = sharmaKirana();
        return new BusinessProfile("Sharma General Store", p.legalName(), p.gstRegistration(), p.gstin(), p.stateCode(),
                p.address(), p.phone(), p.email(), null, p.timeZone(), "SGS");
    }

    /** Registration, rename, suspension and reactivation of the Pune shop; registration of the Lucknow stall. */
    private List<Consumer<TenantProjection>> history() {
        List<Consumer<TenantProjection>> events = new ArrayList<>();
        events.add(p -> p.on(registered(PUNE)));
        events.add(p -> p.on(registered(LUCKNOW, unregisteredTeaStall(), REGISTERED_AT)));
        events.add(p -> p.on(new TenantProfileUpdated(PUNE, renamed(), LATER)));
        events.add(p -> p.on(new TenantSuspended(PUNE, "unpaid", LATER)));
        events.add(p -> p.on(new TenantReactivated(PUNE, LATEST)));
        return events;
    }

    @Test
    void a_registered_shop_is_found_active() {
        projection.on(registered(PUNE));

        assertThat(queries.handle(new FindTenant(PUNE)))
                .isEqualTo(new TenantView(PUNE, sharmaKirana(), TenantStatus.ACTIVE, REGISTERED_AT, REGISTERED_AT));
    }

    @Test
    void an_unknown_shop_is_answered_with_null() {
        projection.on(registered(PUNE));

        assertThat(queries.handle(new FindTenant(LUCKNOW))).isNull();
    }

    @Test
    void a_profile_update_replaces_the_profile_and_keeps_the_status() {
        projection.on(registered(PUNE));
        projection.on(new TenantSuspended(PUNE, "unpaid", LATER));
        projection.on(new TenantProfileUpdated(PUNE, renamed(), LATEST));

        assertThat(queries.handle(new FindTenant(PUNE)))
                .isEqualTo(new TenantView(PUNE, renamed(), TenantStatus.SUSPENDED, REGISTERED_AT, LATEST));
    }

    @Test
    void suspension_and_reactivation_change_the_status() {
        projection.on(registered(PUNE));
        projection.on(new TenantSuspended(PUNE, "unpaid", LATER));
        assertThat(queries.handle(new FindTenant(PUNE)).status()).isEqualTo(TenantStatus.SUSPENDED);

        projection.on(new TenantReactivated(PUNE, LATEST));
        TenantView pune = queries.handle(new FindTenant(PUNE));
        assertThat(pune.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(pune.updatedAt()).isEqualTo(LATEST);
    }

    @Test
    void handling_every_event_twice_leaves_the_same_read_model() {
        history().forEach(event -> event.accept(projection));
        TenantPage once = queries.handle(new ListTenants(null, null));

        history().forEach(event -> {
            event.accept(projection);
            event.accept(projection);
        });

        assertThat(queries.handle(new ListTenants(null, null))).isEqualTo(once);
        assertThat(once.items()).hasSize(2);
        assertThat(queries.handle(new FindTenant(PUNE)))
                .isEqualTo(new TenantView(PUNE, renamed(), TenantStatus.ACTIVE, REGISTERED_AT, LATEST));
    }

    @Test
    void a_reset_empties_the_read_model_and_a_replay_rebuilds_it() {
        history().forEach(event -> event.accept(projection));
        TenantPage before = queries.handle(new ListTenants(null, null));

        projection.reset();
        assertThat(queries.handle(new ListTenants(null, null)).items()).isEmpty();
        assertThat(queries.handle(new FindTenant(PUNE))).isNull();

        history().forEach(event -> event.accept(projection));
        assertThat(queries.handle(new ListTenants(null, null))).isEqualTo(before);
    }

    @Test
    void shops_are_listed_page_by_page() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String id = "0193a5c2-0000-7000-8000-00000000010" + i;
            ids.add(id);
            projection.on(registered(id));
        }

        TenantPage first = queries.handle(new ListTenants(2, null));
        TenantPage second = queries.handle(new ListTenants(2, first.nextCursor()));
        TenantPage last = queries.handle(new ListTenants(2, second.nextCursor()));

        assertThat(first.items()).extracting(TenantView::tenantId).containsExactly(ids.get(0), ids.get(1));
        assertThat(second.items()).extracting(TenantView::tenantId).containsExactly(ids.get(2), ids.get(3));
        assertThat(last.items()).extracting(TenantView::tenantId).containsExactly(ids.get(4));
        assertThat(last.nextCursor()).isNull();
    }
}
