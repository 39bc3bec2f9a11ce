package dev.bahi.sales.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.sales.api.ChangeReminderPolicy;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderPolicyChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A shop's automatic reminder policy: created on its first change, merged field by field, within its ranges. */
class ReminderPolicyRecordTest {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String POLICY = ChangeReminderPolicy.policyIdOf(SHOP);
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-01T05:00:00Z");

    private FixtureConfiguration<ReminderPolicyRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReminderPolicyRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ChangeReminderPolicy change(Boolean enabled, Integer everyDays, Integer minAge, String localTime) {
        return new ChangeReminderPolicy(POLICY, SHOP, enabled, everyDays, minAge, localTime);
    }

    @Test
    void the_first_change_starts_from_the_defaults() {
        fixture.givenNoPriorActivity()
                .when(change(true, null, null, null))
                .expectEvents(new ReminderPolicyChanged(SHOP, true, 7, 30, "10:00", NOW))
                .expectResultMessagePayload(new ReminderPolicy(SHOP, true, 7, 30, "10:00", NOW));
    }

    @Test
    void a_change_keeps_every_field_it_does_not_name() {
        fixture.given(new ReminderPolicyChanged(SHOP, true, 14, 45, "18:30", EARLIER))
                .when(change(null, 3, null, null))
                .expectEvents(new ReminderPolicyChanged(SHOP, true, 3, 45, "18:30", NOW));
    }

    @Test
    void the_same_policy_again_changes_nothing() {
        fixture.given(new ReminderPolicyChanged(SHOP, true, 7, 30, "10:00", EARLIER))
                .when(change(true, 7, 30, " 10:00 "))
                .expectNoEvents()
                .expectResultMessagePayload(new ReminderPolicy(SHOP, true, 7, 30, "10:00", EARLIER));
    }

    @Test
    void the_cadence_is_one_to_ninety_days() {
        fixture.givenNoPriorActivity().when(change(true, 0, null, null))
                .expectException(violation("EVERY_DAYS_OUT_OF_RANGE", "everyDays")).expectNoEvents();
        fixture.givenNoPriorActivity().when(change(true, 91, null, null))
                .expectException(violation("EVERY_DAYS_OUT_OF_RANGE", "everyDays")).expectNoEvents();
        fixture.givenNoPriorActivity().when(change(true, 90, null, null))
                .expectEvents(new ReminderPolicyChanged(SHOP, true, 90, 30, "10:00", NOW));
    }

    @Test
    void the_balance_age_is_zero_to_a_year() {
        fixture.givenNoPriorActivity().when(change(true, null, -1, null))
                .expectException(violation("MIN_BALANCE_AGE_OUT_OF_RANGE", "minBalanceAgeDays"));
        fixture.givenNoPriorActivity().when(change(true, null, 366, null))
                .expectException(violation("MIN_BALANCE_AGE_OUT_OF_RANGE", "minBalanceAgeDays"));
        fixture.givenNoPriorActivity().when(change(true, null, 0, null))
                .expectEvents(new ReminderPolicyChanged(SHOP, true, 7, 0, "10:00", NOW));
    }

    @Test
    void the_time_is_hours_and_minutes_of_a_day() {
        for (String bad : new String[] {"24:00", "9:00", "10:60", "10.00", "ten", ""}) {
            fixture.givenNoPriorActivity().when(change(true, null, null, bad))
                    .expectException(violation("LOCAL_TIME_INVALID", "localTime")).expectNoEvents();
        }
        fixture.givenNoPriorActivity().when(change(true, null, null, "09:30"))
                .expectEvents(new ReminderPolicyChanged(SHOP, true, 7, 30, "09:30", NOW));
    }

    @Test
    void a_shop_reaches_only_its_own_policy() {
        fixture.given(new ReminderPolicyChanged(SHOP, true, 7, 30, "10:00", EARLIER))
                .when(new ChangeReminderPolicy(POLICY, OTHER_SHOP, false, null, null, null))
                .expectException(withCode(NotFound.class, "REMINDER_POLICY_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void a_policy_id_is_its_shops_own() {
        fixture.givenNoPriorActivity()
                .when(new ChangeReminderPolicy(ChangeReminderPolicy.policyIdOf(OTHER_SHOP), SHOP, true, null, null, null))
                .expectException(withCode(NotFound.class, "REMINDER_POLICY_NOT_FOUND"))
                .expectNoEvents();
    }
}
