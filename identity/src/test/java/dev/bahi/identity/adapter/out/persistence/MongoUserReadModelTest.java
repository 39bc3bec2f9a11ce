package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserPage;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoUserReadModelTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:30:00.250Z");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    private MongoUserReadModel users;

    @BeforeEach
    void emptyStore() {
        users = new MongoUserReadModel(mongo.template());
    }

    private static String userId(int n) {
        return "0193a5c2-8e11-7a40-b2c4-%012d".formatted(n);
    }

    private static UserView user(String tenantId, String userId, String name) {
        return new UserView(userId, tenantId, name, name.toLowerCase() + "@sharma.example", "+919812345678",
                Role.CASHIER, UserStatus.ACTIVE, List.of(), REGISTERED_AT);
    }

    @Test
    void a_saved_user_is_found_with_everything_it_was_saved_with() {
        UserView asha = new UserView(userId(1), SHOP, "Asha", "asha@sharma.example", null, Role.MANAGER,
                UserStatus.DISABLED, List.of(new UserView.Device("pixel-7", DevicePlatform.ANDROID, "1.4.2",
                        "fcm:abc", Instant.parse("2026-01-06T10:00:00Z"))), REGISTERED_AT);

        users.save(asha);

        assertThat(users.find(SHOP, userId(1))).contains(asha);
    }

    @Test
    void a_user_of_one_shop_is_not_found_under_another_shop() {
        users.save(user(SHOP, userId(1), "Asha"));

        assertThat(users.find(OTHER_SHOP, userId(1))).isEmpty();
        assertThat(users.find(SHOP, userId(2))).isEmpty();
    }

    @Test
    void the_same_user_id_in_two_shops_are_two_users() {
        users.save(user(SHOP, userId(1), "Asha"));
        users.save(user(OTHER_SHOP, userId(1), "Ravi"));

        assertThat(users.find(SHOP, userId(1))).map(UserView::name).contains("Asha");
        assertThat(users.find(OTHER_SHOP, userId(1))).map(UserView::name).contains("Ravi");
    }

    @Test
    void saving_a_user_again_replaces_it() {
        users.save(user(SHOP, userId(1), "Asha"));
        users.save(user(SHOP, userId(1), "Asha Verma"));

        assertThat(users.find(SHOP, userId(1))).map(UserView::name).contains("Asha Verma");
        assertThat(users.list(SHOP, null, null).items()).hasSize(1);
    }

    @Test
    void an_update_changes_a_known_user() {
        users.save(user(SHOP, userId(1), "Asha"));

        users.update(SHOP, userId(1), u -> new UserView(u.userId(), u.tenantId(), u.name(), u.email(), u.phone(),
                Role.OWNER, u.status(), u.devices(), u.registeredAt()));

        assertThat(users.find(SHOP, userId(1))).map(UserView::role).contains(Role.OWNER);
    }

    @Test
    void an_update_of_an_unknown_user_is_ignored() {
        users.save(user(SHOP, userId(1), "Asha"));

        users.update(OTHER_SHOP, userId(1), u -> user(OTHER_SHOP, userId(1), "Intruder"));

        assertThat(users.find(OTHER_SHOP, userId(1))).isEmpty();
        assertThat(users.find(SHOP, userId(1))).map(UserView::name).contains("Asha");
    }

    @Test
    void a_list_pages_through_one_shop_in_id_order() {
        for (int n : new int[] {4, 1, 5, 3, 2}) {
            users.save(user(SHOP, userId(n), "User" + n));
        }
        users.save(user(OTHER_SHOP, userId(6), "Elsewhere"));

        UserPage first = users.list(SHOP, 2, null);
        UserPage second = users.list(SHOP, 2, first.nextCursor());
        UserPage last = users.list(SHOP, 2, second.nextCursor());

        assertThat(first.items()).extracting(UserView::userId).containsExactly(userId(1), userId(2));
        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.items()).extracting(UserView::userId).containsExactly(userId(3), userId(4));
        assertThat(second.nextCursor()).isNotNull();
        assertThat(last.items()).extracting(UserView::userId).containsExactly(userId(5));
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void a_page_that_ends_exactly_at_the_last_user_has_no_next_cursor() {
        users.save(user(SHOP, userId(1), "Asha"));
        users.save(user(SHOP, userId(2), "Ravi"));

        UserPage page = users.list(SHOP, 2, null);

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void following_every_cursor_visits_each_user_of_the_shop_once() {
        for (int n = 1; n <= 7; n++) {
            users.save(user(SHOP, userId(n), "User" + n));
            users.save(user(OTHER_SHOP, userId(100 + n), "Other" + n));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            UserPage page = users.list(SHOP, 3, cursor);
            page.items().forEach(u -> seen.add(u.userId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly(userId(1), userId(2), userId(3), userId(4), userId(5), userId(6),
                userId(7));
    }

    @Test
    void a_shop_without_users_lists_an_empty_last_page() {
        users.save(user(OTHER_SHOP, userId(1), "Elsewhere"));

        UserPage page = users.list(SHOP, null, null);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void a_limit_out_of_range_is_refused() {
        assertThatThrownBy(() -> users.list(SHOP, 0, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("LIMIT_INVALID"));
        assertThatThrownBy(() -> users.list(SHOP, 201, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("LIMIT_INVALID"));
    }

    @Test
    void clearing_forgets_every_user_of_every_shop() {
        users.save(user(SHOP, userId(1), "Asha"));
        users.save(user(OTHER_SHOP, userId(2), "Ravi"));

        users.clear();

        assertThat(users.find(SHOP, userId(1))).isEmpty();
        assertThat(users.find(OTHER_SHOP, userId(2))).isEmpty();
        assertThat(users.list(SHOP, null, null).items()).isEmpty();
    }
}
