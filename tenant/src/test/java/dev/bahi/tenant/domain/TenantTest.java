package dev.bahi.tenant.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;
import static dev.bahi.tenant.Shops.BENGALURU_GSTIN;
import static dev.bahi.tenant.Shops.PUNE_GSTIN;
import static dev.bahi.tenant.Shops.REGISTERED_AT;
import static dev.bahi.tenant.Shops.registered;
import static dev.bahi.tenant.Shops.sharmaKirana;
import static dev.bahi.tenant.Shops.unregisteredTeaStall;
import static dev.bahi.tenant.Shops.upiIdChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.ReactivateTenant;
import dev.bahi.tenant.api.RegisterTenant;
import dev.bahi.tenant.api.RegisterTenant.Onboarding;
import dev.bahi.tenant.api.SuspendTenant;
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantReactivated;
import dev.bahi.tenant.api.TenantRegistered;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantSuspended;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import dev.bahi.platform.runtime.axon.AxonMongoConfiguration;
import java.time.Clock;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TenantTest {
    private static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final Instant NOW = Instant.parse("2026-11-25T04:15:00Z");

    private FixtureConfiguration<Tenant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tenant.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static BusinessProfile typed(String gstin, String stateCode) {
        return new BusinessProfile(" Sharma Kirana Store ", "Sharma Traders", GstRegistration.REGULAR, gstin, stateCode,
                new Address("12 MG Road", "", "Pune", "411001"), "98123 45678", "Owner@Sharma.example ",
                "sharmakirana@okicici", null, null);
    }

    private static RegisterTenant register(BusinessProfile profile) {
        return new RegisterTenant(TENANT, profile, Onboarding.SELF_SERVICE_SIGNUP);
    }

    @Nested
    class Registering {
        @Test
        void a_valid_shop_is_registered_with_its_profile_normalised() {
            fixture.givenNoPriorActivity()
                    .when(register(typed(" 27aapfu0939f1zv ", "27")))
                    .expectEvents(new TenantRegistered(TENANT, sharmaKirana(), Onboarding.SELF_SERVICE_SIGNUP, NOW));
        }

        @Test
        void an_unregistered_shop_needs_no_gstin() {
            BusinessProfile stall = new BusinessProfile("Gupta Chai Corner", null, GstRegistration.UNREGISTERED, null,
                    "09", null, null, null, null, null, null);
            fixture.givenNoPriorActivity()
                    .when(new RegisterTenant(TENANT, stall, Onboarding.DEMO))
                    .expectEvents(new TenantRegistered(TENANT, unregisteredTeaStall(), Onboarding.DEMO, NOW));
        }

        @Test
        void a_malformed_gstin_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(typed("27AAPFU0939F1Z", "27")))
                    .expectException(violation("GSTIN_INVALID", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void a_gstin_with_a_wrong_check_character_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(typed("27AAPFU0939F1ZX", "27")))
                    .expectException(violation("GSTIN_INVALID", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void a_gstin_of_an_unknown_state_is_refused() {
            // Well-formed and with a correct check character, but there is no state 99.
            fixture.givenNoPriorActivity()
                    .when(register(typed("99AAPFU0939F1ZK", "27")))
                    .expectException(violation("GSTIN_INVALID", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void registering_with_a_gstin_from_another_state_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(typed(BENGALURU_GSTIN, "27")))
                    .expectException(violation("GSTIN_STATE_MISMATCH", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void a_regular_shop_without_gstin_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(typed(null, "27")))
                    .expectException(violation("GSTIN_REQUIRED", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void an_unregistered_shop_with_a_gstin_is_refused() {
            BusinessProfile profile = new BusinessProfile("Gupta Chai Corner", null, GstRegistration.UNREGISTERED,
                    PUNE_GSTIN, "27", null, null, null, null, null, null);
            fixture.givenNoPriorActivity()
                    .when(register(profile))
                    .expectException(violation("GSTIN_NOT_ALLOWED", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void an_unknown_state_code_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(typed(PUNE_GSTIN, "00")))
                    .expectException(violation("STATE_CODE_INVALID", "stateCode"))
                    .expectNoEvents();
        }

        @Test
        void a_shop_without_a_profile_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(null))
                    .expectException(violation("PROFILE_REQUIRED", null))
                    .expectNoEvents();
        }
    }

    @Nested
    class UpdatingTheProfile {
        @Test
        void changes_are_merged_into_the_profile_and_the_shop_is_answered() {
            ProfileChanges changes = new ProfileChanges("Sharma General Store", null, null, null, null, null,
                    "+91 99887 76655", null, "sharma.general@okhdfcbank", null, "sgs/");
            BusinessProfile expected = new BusinessProfile("Sharma General Store", "Sharma Traders",
                    GstRegistration.REGULAR, PUNE_GSTIN, "27", sharmaKirana().address(), "+919988776655",
                    "owner@sharma.example", "sharma.general@okhdfcbank", "Asia/Kolkata", "SGS/");
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, changes))
                    .expectEvents(new TenantProfileUpdated(TENANT, expected, NOW))
                    .expectResultMessagePayload(new TenantView(TENANT, expected, TenantStatus.ACTIVE, REGISTERED_AT, NOW));
        }

        @Test
        void a_change_that_changes_nothing_records_nothing() {
            ProfileChanges sameAgain = new ProfileChanges("Sharma Kirana Store ", null, GstRegistration.REGULAR,
                    "27aapfu0939f1zv", "27", null, "+91 98123 45678", null, null, "Asia/Kolkata", "inv");
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, sameAgain))
                    .expectNoEvents()
                    .expectResultMessagePayload(new TenantView(TENANT, sharmaKirana(), TenantStatus.ACTIVE,
                            REGISTERED_AT, REGISTERED_AT));
        }

        @Test
        void moving_to_another_state_without_a_gstin_of_that_state_is_refused() {
            ProfileChanges moveToKarnataka = new ProfileChanges(null, null, null, null, "29", null, null, null,
                    null, null, null);
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, moveToKarnataka))
                    .expectException(violation("GSTIN_STATE_MISMATCH", "gstin"))
                    .expectNoEvents();
        }

        @Test
        void moving_to_another_state_with_its_gstin_is_recorded() {
            ProfileChanges moveToKarnataka = new ProfileChanges(null, null, null, BENGALURU_GSTIN, "29",
                    new Address("80 Feet Road", "Koramangala", "Bengaluru", "560034"), null, null, null, null, null);
            BusinessProfile expected = new BusinessProfile("Sharma Kirana Store", "Sharma Traders",
                    GstRegistration.REGULAR, BENGALURU_GSTIN, "29",
                    new Address("80 Feet Road", "Koramangala", "Bengaluru", "560034"), "+919812345678",
                    "owner@sharma.example", "sharmakirana@okicici", "Asia/Kolkata", "INV");
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, moveToKarnataka))
                    .expectEvents(new TenantProfileUpdated(TENANT, expected, NOW));
        }

        @Test
        void leaving_gst_registration_drops_the_gstin() {
            ProfileChanges deregister = new ProfileChanges(null, null, GstRegistration.UNREGISTERED, null, null, null,
                    null, null, null, null, null);
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, deregister))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(view ->
                            ((TenantView) view).profile().gstRegistration() == GstRegistration.UNREGISTERED
                                    && ((TenantView) view).profile().gstin() == null));
        }

        @Test
        void an_invalid_merged_profile_is_refused() {
            ProfileChanges badPincode = new ProfileChanges(null, null, null, null, null,
                    new Address("12 MG Road", null, "Pune", "011001"), null, null, null, null, null);
            fixture.given(registered(TENANT))
                    .when(new UpdateTenantProfile(TENANT, badPincode))
                    .expectException(violation("PINCODE_INVALID", "address.pincode"))
                    .expectNoEvents();
        }
    }

    @Nested
    class SuspendingAndReactivating {
        @Test
        void an_active_shop_is_suspended_with_the_reason() {
            fixture.given(registered(TENANT))
                    .when(new SuspendTenant(TENANT, "  Subscription unpaid since October "))
                    .expectEvents(new TenantSuspended(TENANT, "Subscription unpaid since October", NOW))
                    .expectResultMessagePayload(new TenantView(TENANT, sharmaKirana(), TenantStatus.SUSPENDED,
                            REGISTERED_AT, NOW));
        }

        @Test
        void suspending_without_a_reason_is_refused() {
            fixture.given(registered(TENANT))
                    .when(new SuspendTenant(TENANT, " "))
                    .expectException(violation("REASON_REQUIRED", "reason"))
                    .expectNoEvents();
        }

        @Test
        void suspending_a_suspended_shop_is_a_conflict() {
            fixture.given(registered(TENANT), new TenantSuspended(TENANT, "unpaid", REGISTERED_AT))
                    .when(new SuspendTenant(TENANT, "unpaid again"))
                    .expectException(withCode(StateConflict.class, "TENANT_ALREADY_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void a_suspended_shop_is_reactivated() {
            fixture.given(registered(TENANT), new TenantSuspended(TENANT, "unpaid", REGISTERED_AT))
                    .when(new ReactivateTenant(TENANT))
                    .expectEvents(new TenantReactivated(TENANT, NOW))
                    .expectResultMessagePayload(new TenantView(TENANT, sharmaKirana(), TenantStatus.ACTIVE,
                            REGISTERED_AT, NOW));
        }

        @Test
        void reactivating_an_active_shop_is_a_conflict() {
            fixture.given(registered(TENANT))
                    .when(new ReactivateTenant(TENANT))
                    .expectException(withCode(StateConflict.class, "TENANT_NOT_SUSPENDED"))
                    .expectNoEvents();
        }

        @Test
        void reactivating_after_reactivation_is_a_conflict() {
            fixture.given(registered(TENANT), new TenantSuspended(TENANT, "unpaid", REGISTERED_AT),
                            new TenantReactivated(TENANT, REGISTERED_AT))
                    .when(new ReactivateTenant(TENANT))
                    .expectException(withCode(StateConflict.class, "TENANT_NOT_SUSPENDED"));
        }
    }

    /**
     * A command whose tenant is not the shop's. The fixture refuses to load an aggregate under another id
     * before any handler runs, so the guard is exercised on the aggregate as a plain object; in production
     * the same happens when an id names another aggregate's event stream.
     */
    @Nested
    class CommandsForAnotherShop {
        private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        private final Tenant anotherShop = new Tenant();

        @BeforeEach
        void setUp() {
            anotherShop.on(registered("another-shop"));
        }

        @Test
        void a_profile_change_for_another_shop_is_not_found() {
            assertThatThrownBy(() -> anotherShop.handle(new UpdateTenantProfile(TENANT, upiIdChange("x@okaxis")), clock))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("TENANT_NOT_FOUND"));
        }

        @Test
        void suspending_another_shop_is_not_found() {
            assertThatThrownBy(() -> anotherShop.handle(new SuspendTenant(TENANT, "unpaid"), clock))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("TENANT_NOT_FOUND"));
        }

        @Test
        void reactivating_another_shop_is_not_found() {
            anotherShop.on(new TenantSuspended("another-shop", "unpaid", REGISTERED_AT));
            assertThatThrownBy(() -> anotherShop.handle(new ReactivateTenant(TENANT), clock))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("TENANT_NOT_FOUND"));
        }

        @Test
        void a_command_against_events_of_some_other_aggregate_is_not_found() {
            // No tenant event at all: the stream belonged to an item, say, with the same (unique) id.
            assertThatThrownBy(() -> new Tenant().handle(new SuspendTenant(TENANT, "unpaid"), clock))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("TENANT_NOT_FOUND"));
        }
    }

    @Test
    void snapshots_use_the_trigger_the_runtime_declares() {
        assertThat(Tenant.class.getAnnotation(org.axonframework.spring.stereotype.Aggregate.class)
                .snapshotTriggerDefinition())
                .isEqualTo(dev.bahi.platform.runtime.axon.AxonMongoConfiguration.SNAPSHOT_TRIGGER);
    }

    @Test
    void a_snapshot_of_a_shop_reads_back_as_the_same_shop() {
        Tenant tenant = new Tenant();
        tenant.on(registered(TENANT));
        tenant.on(new TenantSuspended(TENANT, "unpaid", NOW));
        Serializer snapshots = AxonMongoConfiguration.snapshotSerializer();

        SerializedObject<byte[]> snapshot = snapshots.serialize(tenant, byte[].class);
        Tenant restored = snapshots.deserialize(snapshot);

        assertThat(new String(snapshot.getData(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("SUSPENDED").contains(PUNE_GSTIN);
        assertThat(restored).usingRecursiveComparison().isEqualTo(tenant);
    }
}
