package dev.bahi.identity.domain;

import static dev.bahi.identity.EventMatchers.a;
import static dev.bahi.identity.EventMatchers.exactly;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import dev.bahi.identity.api.AuthenticateUser;
import dev.bahi.identity.api.AuthenticationResult;
import dev.bahi.identity.api.AuthenticationResult.Outcome;
import dev.bahi.identity.api.ChangeUserRole;
import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.DeviceRegistered;
import dev.bahi.identity.api.DisableUser;
import dev.bahi.identity.api.EnableUser;
import dev.bahi.identity.api.FailedLoginsCleared;
import dev.bahi.identity.api.LoginFailed;
import dev.bahi.identity.api.RegisterDevice;
import dev.bahi.identity.api.RegisterUser;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserLockedOut;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UserTest {
    private static final String USER = "0193a5c2-8e11-7a40-b2c4-5d6e7f809a1b";
    private static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:30:00Z");
    private static final String PASSWORD = "chai-and-samosa-at-four";
    private static final String HASH = "hash:" + PASSWORD;

    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource((PasswordVerifier) (password, hash) -> ("hash:" + password).equals(hash));
    }

    private static RegisterUser register(String name, String email, String phone, Role role) {
        return new RegisterUser(USER, TENANT, name, email, phone, HASH, role, null);
    }

    private static UserRegistered registered(Role role) {
        return new UserRegistered(USER, TENANT, "Asha Verma", "asha@sharma.example", "+919812345678", HASH, role,
                null, REGISTERED_AT);
    }

    private static LoginFailed failed(int count) {
        return new LoginFailed(USER, TENANT, count, REGISTERED_AT.plusSeconds(count));
    }

    private static AuthenticateUser login(String password) {
        return new AuthenticateUser(USER, TENANT, password);
    }

    private static Matcher<Object> result(Outcome outcome, Role role, Predicate<Instant> lockedUntil) {
        return a(AuthenticationResult.class, outcome + " as " + role, r ->
                r.outcome() == outcome && r.role() == role && lockedUntil.test(r.lockedUntil()));
    }

    private static Predicate<Instant> between(Instant from, Duration plus) {
        return t -> t != null && !t.isBefore(from.plus(plus)) && !t.isAfter(Instant.now().plus(plus));
    }

    @Nested
    class Registering {
        @Test
        void a_valid_registration_registers_the_user_with_the_name_trimmed() {
            Instant before = Instant.now();
            fixture.givenNoPriorActivity()
                    .when(register("  Asha Verma ", "asha@sharma.example", "+919812345678", Role.CASHIER))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactly(a(UserRegistered.class, "of Asha", e ->
                            e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && e.name().equals("Asha Verma") && e.email().equals("asha@sharma.example")
                                    && e.phone().equals("+919812345678") && e.passwordHash().equals(HASH)
                                    && e.role() == Role.CASHIER && e.invitationId() == null
                                    && between(before, Duration.ZERO).test(e.registeredAt())))));
        }

        @Test
        void a_phone_number_alone_is_enough_as_a_login() {
            fixture.givenNoPriorActivity()
                    .when(register("Ravi", null, "+919812345678", Role.OWNER))
                    .expectEventsMatching(payloadsMatching(exactly(a(UserRegistered.class, "with phone only",
                            e -> e.email() == null && e.phone().equals("+919812345678") && e.role() == Role.OWNER))));
        }

        @Test
        void the_invitation_it_came_through_is_recorded() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterUser(USER, TENANT, "Ravi", "ravi@sharma.example", null, HASH, Role.CASHIER,
                            "0193a5c2-9999-7a40-b2c4-5d6e7f809a1b"))
                    .expectEventsMatching(payloadsMatching(exactly(a(UserRegistered.class, "via invitation",
                            e -> "0193a5c2-9999-7a40-b2c4-5d6e7f809a1b".equals(e.invitationId())))));
        }

        @Test
        void a_blank_name_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register("   ", "asha@sharma.example", null, Role.CASHIER))
                    .expectException(violation("NAME_INVALID", "name"))
                    .expectNoEvents();
        }

        @Test
        void a_missing_name_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(null, "asha@sharma.example", null, Role.CASHIER))
                    .expectException(violation("NAME_INVALID", "name"))
                    .expectNoEvents();
        }

        @Test
        void a_name_longer_than_120_characters_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register("a".repeat(121), "asha@sharma.example", null, Role.CASHIER))
                    .expectException(violation("NAME_INVALID", "name"))
                    .expectNoEvents();
        }

        @Test
        void a_user_without_email_and_phone_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register("Asha Verma", null, null, Role.CASHIER))
                    .expectException(violation("LOGIN_REQUIRED", "email"))
                    .expectNoEvents();
        }

        @Test
        void a_user_without_role_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register("Asha Verma", "asha@sharma.example", null, null))
                    .expectException(violation("ROLE_REQUIRED", "role"))
                    .expectNoEvents();
        }

        @Test
        void a_user_without_password_hash_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterUser(USER, TENANT, "Asha Verma", "asha@sharma.example", null, " ", Role.CASHIER,
                            null))
                    .expectException(IllegalArgumentException.class)
                    .expectExceptionMessage("password hash is required")
                    .expectNoEvents();
        }

        @Test
        void a_user_without_tenant_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterUser(USER, null, "Asha Verma", "asha@sharma.example", null, HASH, Role.CASHIER,
                            null))
                    .expectException(IllegalArgumentException.class)
                    .expectExceptionMessage("user and tenant ids are required")
                    .expectNoEvents();
        }
    }

    @Nested
    class Authenticating {
        @Test
        void the_right_password_authenticates_and_records_nothing() {
            fixture.given(registered(Role.CASHIER))
                    .when(login(PASSWORD))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(result(Outcome.AUTHENTICATED, Role.CASHIER, Objects::isNull))
                    .expectNoEvents();
        }

        @Test
        void the_right_password_after_failures_clears_them() {
            Instant before = Instant.now();
            fixture.given(registered(Role.CASHIER), failed(1), failed(2))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.AUTHENTICATED, Role.CASHIER, Objects::isNull))
                    .expectEventsMatching(payloadsMatching(exactly(a(FailedLoginsCleared.class, "now",
                            e -> e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && between(before, Duration.ZERO).test(e.clearedAt())))));
        }

        @Test
        void a_wrong_password_is_recorded_with_the_number_of_failures_in_a_row() {
            Instant before = Instant.now();
            fixture.given(registered(Role.CASHIER), failed(1))
                    .when(login("samosa-and-chai-at-four"))
                    .expectResultMessagePayloadMatching(result(Outcome.WRONG_PASSWORD, Role.CASHIER, Objects::isNull))
                    .expectEventsMatching(payloadsMatching(exactly(a(LoginFailed.class, "2nd in a row",
                            e -> e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && e.consecutiveFailures() == 2
                                    && between(before, Duration.ZERO).test(e.failedAt())))));
        }

        @Test
        void four_wrong_passwords_in_a_row_do_not_lock_the_user_out() {
            fixture.given(registered(Role.CASHIER), failed(1), failed(2), failed(3))
                    .when(login("wrong-guess-number-4"))
                    .expectResultMessagePayloadMatching(result(Outcome.WRONG_PASSWORD, Role.CASHIER, Objects::isNull))
                    .expectEventsMatching(payloadsMatching(exactly(
                            a(LoginFailed.class, "4th in a row", e -> e.consecutiveFailures() == 4))));
        }

        @Test
        void five_wrong_passwords_in_a_row_lock_the_user_out() {
            Instant before = Instant.now();
            fixture.givenCommands(register("Asha Verma", "asha@sharma.example", null, Role.CASHIER),
                            login("guess-1"), login("guess-2"), login("guess-3"), login("guess-4"))
                    .when(login("guess-5"))
                    .expectResultMessagePayloadMatching(result(Outcome.LOCKED, Role.CASHIER,
                            between(before, LockoutPolicy.LOCKOUT)))
                    .expectEventsMatching(payloadsMatching(exactly(
                            a(LoginFailed.class, "5th in a row", e -> e.consecutiveFailures() == 5),
                            a(UserLockedOut.class, "for 15 minutes", e -> e.userId().equals(USER)
                                    && e.tenantId().equals(TENANT)
                                    && between(before, Duration.ofMinutes(15)).test(e.lockedUntil())))));
        }

        @Test
        void the_lockout_lasts_fifteen_minutes_from_the_failure_that_caused_it() {
            fixture.given(registered(Role.CASHIER), failed(1), failed(2), failed(3), failed(4))
                    .when(login("guess-5"))
                    .expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
                        @Override
                        public boolean matches(Object actual) {
                            List<?> events = (List<?>) actual;
                            return events.size() == 2
                                    && ((EventMessage<?>) events.get(0)).getPayload() instanceof LoginFailed failure
                                    && ((EventMessage<?>) events.get(1)).getPayload() instanceof UserLockedOut lockout
                                    && lockout.lockedUntil().equals(failure.failedAt().plus(Duration.ofMinutes(15)));
                        }

                        @Override
                        public void describeTo(Description description) {
                            description.appendText("LoginFailed at t, then UserLockedOut until t + 15 minutes");
                        }
                    });
        }

        @Test
        void while_locked_out_even_the_right_password_is_answered_locked_and_nothing_is_recorded() {
            Instant until = Instant.now().plus(Duration.ofMinutes(10));
            fixture.given(registered(Role.CASHIER), failed(1), failed(2), failed(3), failed(4), failed(5),
                            new UserLockedOut(USER, TENANT, until))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.LOCKED, Role.CASHIER, until::equals))
                    .expectNoEvents();
        }

        @Test
        void while_locked_out_wrong_passwords_are_not_counted() {
            Instant until = Instant.now().plus(Duration.ofMinutes(10));
            fixture.given(registered(Role.CASHIER), new UserLockedOut(USER, TENANT, until))
                    .when(login("another-guess"))
                    .expectResultMessagePayloadMatching(result(Outcome.LOCKED, Role.CASHIER, until::equals))
                    .expectNoEvents();
        }

        @Test
        void once_the_lockout_has_passed_the_right_password_works_again() {
            fixture.given(registered(Role.CASHIER), failed(5),
                            new UserLockedOut(USER, TENANT, Instant.now().minusSeconds(1)))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.AUTHENTICATED, Role.CASHIER, Objects::isNull))
                    .expectNoEvents();
        }

        @Test
        void once_the_lockout_has_passed_failures_are_counted_from_one_again() {
            fixture.given(registered(Role.CASHIER), failed(5),
                            new UserLockedOut(USER, TENANT, Instant.now().minusSeconds(1)))
                    .when(login("yet-another-guess"))
                    .expectResultMessagePayloadMatching(result(Outcome.WRONG_PASSWORD, Role.CASHIER, Objects::isNull))
                    .expectEventsMatching(payloadsMatching(exactly(
                            a(LoginFailed.class, "1st in a row", e -> e.consecutiveFailures() == 1))));
        }

        @Test
        void a_disabled_user_is_answered_disabled_even_with_the_right_password() {
            fixture.given(registered(Role.CASHIER), new UserDisabled(USER, TENANT, REGISTERED_AT.plusSeconds(60)))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.DISABLED, Role.CASHIER, Objects::isNull))
                    .expectNoEvents();
        }

        @Test
        void enabling_a_user_again_lifts_a_lockout() {
            Instant until = Instant.now().plus(Duration.ofMinutes(10));
            fixture.given(registered(Role.CASHIER), new UserLockedOut(USER, TENANT, until),
                            new UserDisabled(USER, TENANT, REGISTERED_AT.plusSeconds(60)),
                            new UserEnabled(USER, TENANT, REGISTERED_AT.plusSeconds(120)))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.AUTHENTICATED, Role.CASHIER, Objects::isNull))
                    .expectNoEvents();
        }

        @Test
        void a_successful_login_answers_the_current_role() {
            fixture.given(registered(Role.CASHIER), new UserRoleChanged(USER, TENANT, Role.CASHIER, Role.MANAGER))
                    .when(login(PASSWORD))
                    .expectResultMessagePayloadMatching(result(Outcome.AUTHENTICATED, Role.MANAGER, Objects::isNull));
        }
    }

    @Nested
    class ChangingTheRole {
        @Test
        void a_new_role_is_recorded_with_the_previous_one() {
            fixture.given(registered(Role.CASHIER))
                    .when(new ChangeUserRole(USER, TENANT, Role.MANAGER))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new UserRoleChanged(USER, TENANT, Role.CASHIER, Role.MANAGER));
        }

        @Test
        void the_previous_role_is_the_latest_one() {
            fixture.given(registered(Role.CASHIER), new UserRoleChanged(USER, TENANT, Role.CASHIER, Role.MANAGER))
                    .when(new ChangeUserRole(USER, TENANT, Role.ACCOUNTANT))
                    .expectEvents(new UserRoleChanged(USER, TENANT, Role.MANAGER, Role.ACCOUNTANT));
        }

        @Test
        void giving_the_same_role_again_records_nothing() {
            fixture.given(registered(Role.CASHIER))
                    .when(new ChangeUserRole(USER, TENANT, Role.CASHIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_role_change_without_role_is_refused() {
            fixture.given(registered(Role.CASHIER))
                    .when(new ChangeUserRole(USER, TENANT, null))
                    .expectException(violation("ROLE_REQUIRED", "role"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DisablingAndEnabling {
        @Test
        void an_active_user_can_be_disabled() {
            Instant before = Instant.now();
            fixture.given(registered(Role.CASHIER))
                    .when(new DisableUser(USER, TENANT))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactly(a(UserDisabled.class, "now",
                            e -> e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && between(before, Duration.ZERO).test(e.disabledAt())))));
        }

        @Test
        void disabling_a_disabled_user_is_a_conflict() {
            fixture.given(registered(Role.CASHIER), new UserDisabled(USER, TENANT, REGISTERED_AT.plusSeconds(60)))
                    .when(new DisableUser(USER, TENANT))
                    .expectException(withCode(StateConflict.class, "USER_ALREADY_DISABLED"))
                    .expectNoEvents();
        }

        @Test
        void a_disabled_user_can_be_enabled() {
            Instant before = Instant.now();
            fixture.given(registered(Role.CASHIER), new UserDisabled(USER, TENANT, REGISTERED_AT.plusSeconds(60)))
                    .when(new EnableUser(USER, TENANT))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactly(a(UserEnabled.class, "now",
                            e -> e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && between(before, Duration.ZERO).test(e.enabledAt())))));
        }

        @Test
        void enabling_an_active_user_is_a_conflict() {
            fixture.given(registered(Role.CASHIER))
                    .when(new EnableUser(USER, TENANT))
                    .expectException(withCode(StateConflict.class, "USER_NOT_DISABLED"))
                    .expectNoEvents();
        }

        @Test
        void a_user_enabled_again_can_be_disabled_again() {
            fixture.given(registered(Role.CASHIER), new UserDisabled(USER, TENANT, REGISTERED_AT.plusSeconds(60)),
                            new UserEnabled(USER, TENANT, REGISTERED_AT.plusSeconds(120)))
                    .when(new DisableUser(USER, TENANT))
                    .expectEventsMatching(payloadsMatching(exactly(a(UserDisabled.class, "", e -> true))));
        }
    }

    @Nested
    class RegisteringDevices {
        @Test
        void a_device_is_recorded_with_its_push_token() {
            Instant before = Instant.now();
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, "pixel-7-a1", DevicePlatform.ANDROID, "1.4.2", "fcm:abc"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactly(a(DeviceRegistered.class, "pixel-7-a1",
                            e -> e.userId().equals(USER) && e.tenantId().equals(TENANT)
                                    && e.deviceId().equals("pixel-7-a1") && e.platform() == DevicePlatform.ANDROID
                                    && e.appVersion().equals("1.4.2") && e.pushToken().equals("fcm:abc")
                                    && between(before, Duration.ZERO).test(e.registeredAt())))));
        }

        @Test
        void a_device_id_of_128_characters_is_accepted() {
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, "d".repeat(128), DevicePlatform.WEB, null, null))
                    .expectEventsMatching(payloadsMatching(exactly(a(DeviceRegistered.class, "128 chars",
                            e -> e.deviceId().length() == 128 && e.pushToken() == null))));
        }

        @Test
        void a_device_id_longer_than_128_characters_is_refused() {
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, "d".repeat(129), DevicePlatform.WEB, null, null))
                    .expectException(violation("DEVICE_ID_INVALID", "deviceId"))
                    .expectNoEvents();
        }

        @Test
        void a_blank_device_id_is_refused() {
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, " ", DevicePlatform.IOS, "1.0", null))
                    .expectException(violation("DEVICE_ID_INVALID", "deviceId"))
                    .expectNoEvents();
        }

        @Test
        void a_missing_device_id_is_refused() {
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, null, DevicePlatform.IOS, "1.0", null))
                    .expectException(violation("DEVICE_ID_INVALID", "deviceId"))
                    .expectNoEvents();
        }

        @Test
        void a_device_without_platform_is_refused() {
            fixture.given(registered(Role.CASHIER))
                    .when(new RegisterDevice(USER, TENANT, "pixel-7-a1", null, "1.4.2", null))
                    .expectException(violation("PLATFORM_REQUIRED", "platform"))
                    .expectNoEvents();
        }
    }

    static Stream<Object> commandsFromAnotherShop() {
        return Stream.of(
                new AuthenticateUser(USER, OTHER_TENANT, PASSWORD),
                new AuthenticateUser(USER, OTHER_TENANT, "a-wrong-guess"),
                new AuthenticateUser(USER, null, PASSWORD),
                new ChangeUserRole(USER, OTHER_TENANT, Role.OWNER),
                new DisableUser(USER, OTHER_TENANT),
                new EnableUser(USER, OTHER_TENANT),
                new RegisterDevice(USER, OTHER_TENANT, "pixel-7-a1", DevicePlatform.ANDROID, "1.4.2", null));
    }

    @ParameterizedTest
    @MethodSource("commandsFromAnotherShop")
    void another_shop_is_answered_as_if_the_user_did_not_exist_and_nothing_is_recorded(Object command) {
        fixture.given(registered(Role.CASHIER))
                .when(command)
                .expectException(withCode(NotFound.class, "USER_NOT_FOUND"))
                .expectNoEvents();
    }
}
