package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Aggregates with long histories are snapshotted, and what loads from a snapshot behaves the same. */
class SnapshotIT extends EndToEndTest {

    @Autowired
    MongoClient mongo;

    private long snapshotsOf(String aggregateId) {
        return mongo.getDatabase("bahi_events").getCollection("snapshotevents")
                .countDocuments(Filters.eq("aggregateIdentifier", aggregateId));
    }

    @Test
    void a_user_with_a_long_history_is_loaded_from_a_snapshot_with_password_and_role_intact() {
        Shop shop = signUp("Snapshot Stores");
        assertThat(snapshotsOf(shop.ownerId())).isZero();
        for (int i = 0; i <= SNAPSHOT_THRESHOLD + 2; i++) {
            Api.Response device = api.post("/api/v1/users/me/devices", shop.accessToken(),
                    Map.of("deviceId", "till-" + i, "platform", "ANDROID", "appVersion", "1." + i));
            assertThat(device.status()).as(device.toString()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(shop.ownerId()) > 0);
        Document snapshot = mongo.getDatabase("bahi_events").getCollection("snapshotevents")
                .find(Filters.eq("aggregateIdentifier", shop.ownerId())).first();
        assertThat(snapshot.get("serializedPayload").toString()).contains("passwordHash").contains("OWNER");

        assertProblem(login(shop.ownerEmail(), "not the password"), 401, "INVALID_CREDENTIALS");
        Api.Response login = login(shop.ownerEmail(), PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/users", login.text("accessToken")).status()).as("still an owner").isEqualTo(200);
    }

    @Test
    void a_shop_with_a_long_history_is_loaded_from_a_snapshot() {
        Shop shop = signUp("Snapshot Kirana");
        for (int i = 0; i <= SNAPSHOT_THRESHOLD + 2; i++) {
            Api.Response changed = api.patch("/api/v1/tenant", shop.accessToken(), Map.of("invoicePrefix", "S" + i));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(shop.tenantId()) > 0);
        Api.Response after = api.patch("/api/v1/tenant", shop.accessToken(), Map.of("name", "Snapshot Kirana 2"));
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.text("invoicePrefix")).isEqualTo("S" + (SNAPSHOT_THRESHOLD + 2));
        assertThat(after.text("gstin")).isEqualTo(MAHARASHTRA_GSTIN);
        assertThat(after.text("status")).isEqualTo("ACTIVE");
    }
}
