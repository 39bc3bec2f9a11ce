package dev.bahi.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.identity.adapter.out.persistence.MongoUserReadModel;
import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.DeviceRegistered;
import dev.bahi.identity.api.FindUser;
import dev.bahi.identity.api.ListUsers;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The users projection called as a plain object, on the embedded store. */
class UserProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String ASHA = "0193a5c2-8e11-7a40-b2c4-000000000001";
    private static final String RAVI = "0193a5c2-8e11-7a40-b2c4-000000000002";
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:30:00Z");
    private static final Instant LATER = Instant.parse("2026-01-06T11:00:00Z");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    private UserProjection projection;

    @BeforeEach
    void emptyStore() {
        projection = new UserProjection(new MongoUserReadModel(mongo.template()));
    }

    private static UserRegistered registered(String tenantId, String userId, Role role) {
        return new UserRegistered(userId, tenantId, "Asha Verma", "asha@sharma.example", "+919812345678",
                "$2a$10$secret-hash-never-shown", role, null, REGISTERED_AT);
    }

    private static DeviceRegistered device(String deviceId, String appVersion, Instant at) {
        return new DeviceRegistered(ASHA, SHOP, deviceId, DevicePlatform.ANDROID, appVersion, "fcm:" + deviceId, at);
    }

    private Optional<UserView> asha() {
        return projection.handle(new FindUser(SHOP, ASHA));
    }

    @Test
    void a_registered_user_becomes_visible_as_active_without_devices() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));

        assertThat(asha()).contains(new UserView(ASHA, SHOP, "Asha Verma", "asha@sharma.example", "+919812345678",
                Role.CASHIER, UserStatus.ACTIVE, List.of(), REGISTERED_AT));
    }

    @Test
    void a_user_is_not_visible_to_another_shop() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));

        assertThat(projection.handle(new FindUser(OTHER_SHOP, ASHA))).isEmpty();
        assertThat(projection.handle(new ListUsers(OTHER_SHOP, null, null)).items()).isEmpty();
    }

    @Test
    void a_role_change_shows_the_new_role() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));

        projection.on(new UserRoleChanged(ASHA, SHOP, Role.CASHIER, Role.MANAGER));

        assertThat(asha()).map(UserView::role).contains(Role.MANAGER);
    }

    @Test
    void disabling_and_enabling_show_in_the_status() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));

        projection.on(new UserDisabled(ASHA, SHOP, LATER));
        assertThat(asha()).map(UserView::status).contains(UserStatus.DISABLED);

        projection.on(new UserEnabled(ASHA, SHOP, LATER.plusSeconds(60)));
        assertThat(asha()).map(UserView::status).contains(UserStatus.ACTIVE);
    }

    @Test
    void a_registered_device_is_listed_with_when_it_was_last_seen() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));

        projection.on(device("pixel-7", "1.4.2", LATER));

        assertThat(asha()).map(UserView::devices).contains(List.of(
                new UserView.Device("pixel-7", DevicePlatform.ANDROID, "1.4.2", "fcm:pixel-7", LATER)));
    }

    @Test
    void registering_the_same_device_again_replaces_it_instead_of_adding_a_second() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));
        projection.on(device("pixel-7", "1.4.2", LATER));
        projection.on(device("tab-s9", "1.4.2", LATER.plusSeconds(30)));

        projection.on(device("pixel-7", "1.5.0", LATER.plusSeconds(60)));

        assertThat(asha()).map(UserView::devices).contains(List.of(
                new UserView.Device("tab-s9", DevicePlatform.ANDROID, "1.4.2", "fcm:tab-s9", LATER.plusSeconds(30)),
                new UserView.Device("pixel-7", DevicePlatform.ANDROID, "1.5.0", "fcm:pixel-7",
                        LATER.plusSeconds(60))));
    }

    @Test
    void changes_for_a_user_the_projection_never_saw_are_ignored() {
        projection.on(new UserRoleChanged(ASHA, SHOP, Role.CASHIER, Role.MANAGER));
        projection.on(new UserDisabled(ASHA, SHOP, LATER));
        projection.on(device("pixel-7", "1.4.2", LATER));

        assertThat(asha()).isEmpty();
    }

    @Test
    void a_change_in_one_shop_does_not_touch_the_same_user_id_in_another() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));
        projection.on(registered(OTHER_SHOP, ASHA, Role.CASHIER));

        projection.on(new UserDisabled(ASHA, OTHER_SHOP, LATER));

        assertThat(asha()).map(UserView::status).contains(UserStatus.ACTIVE);
        assertThat(projection.handle(new FindUser(OTHER_SHOP, ASHA))).map(UserView::status)
                .contains(UserStatus.DISABLED);
    }

    @Test
    void replaying_the_same_events_twice_gives_the_same_state() {
        Runnable history = () -> {
            projection.on(registered(SHOP, ASHA, Role.CASHIER));
            projection.on(registered(SHOP, RAVI, Role.ACCOUNTANT));
            projection.on(new UserRoleChanged(ASHA, SHOP, Role.CASHIER, Role.MANAGER));
            projection.on(device("pixel-7", "1.4.2", LATER));
            projection.on(new UserDisabled(ASHA, SHOP, LATER.plusSeconds(10)));
            projection.on(device("pixel-7", "1.5.0", LATER.plusSeconds(20)));
        };
        history.run();
        Optional<UserView> once = asha();
        List<UserView> allOnce = projection.handle(new ListUsers(SHOP, null, null)).items();

        history.run();

        assertThat(asha()).isEqualTo(once);
        assertThat(projection.handle(new ListUsers(SHOP, null, null)).items()).isEqualTo(allOnce);
        assertThat(once).contains(new UserView(ASHA, SHOP, "Asha Verma", "asha@sharma.example", "+919812345678",
                Role.MANAGER, UserStatus.DISABLED, List.of(new UserView.Device("pixel-7", DevicePlatform.ANDROID,
                        "1.5.0", "fcm:pixel-7", LATER.plusSeconds(20))), REGISTERED_AT));
        assertThat(allOnce).extracting(UserView::userId).containsExactly(ASHA, RAVI);
    }

    @Test
    void a_reset_clears_the_read_model_for_a_replay() {
        projection.on(registered(SHOP, ASHA, Role.CASHIER));
        projection.on(registered(OTHER_SHOP, RAVI, Role.OWNER));

        projection.reset();

        assertThat(asha()).isEmpty();
        assertThat(projection.handle(new FindUser(OTHER_SHOP, RAVI))).isEmpty();
        assertThat(projection.handle(new ListUsers(SHOP, null, null)).items()).isEmpty();
    }

    @Test
    void users_are_listed_a_page_at_a_time() {
        projection.on(registered(SHOP, RAVI, Role.CASHIER));
        projection.on(registered(SHOP, ASHA, Role.OWNER));

        var first = projection.handle(new ListUsers(SHOP, 1, null));
        var second = projection.handle(new ListUsers(SHOP, 1, first.nextCursor()));

        assertThat(first.items()).extracting(UserView::userId).containsExactly(ASHA);
        assertThat(second.items()).extracting(UserView::userId).containsExactly(RAVI);
        assertThat(second.nextCursor()).isNull();
    }
}
