package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every stored event says which shop, which user and which request it came from: the audit trail's raw facts. */
class EventMetadataIT extends EndToEndTest {

    @Autowired
    MongoClient mongo;

    private List<Document> eventsOf(String aggregateId) {
        return mongo.getDatabase("bahi_events").getCollection("domainevents")
                .find(Filters.eq("aggregateIdentifier", aggregateId)).into(new ArrayList<>());
    }

    /** The event's metadata as stored, with blanks removed so that it compares as {@code "key":"value"}. */
    private static String metadata(Document event) {
        return event.getString("serializedMetaData").replace(" ", "");
    }

    @Test
    void a_signup_is_recorded_as_done_by_the_new_owner_in_the_new_shop_within_one_trace() {
        Api.Response signup = api.post("/api/v1/signup", null,
                Map.of("business", business("Audited Kirana"), "owner", owner(uniqueEmail("audit"))));
        assertThat(signup.status()).isEqualTo(201);
        String tenantId = signup.text("tenantId");
        String ownerId = signup.text("userId");
        String traceId = signup.header("X-Trace-Id");

        List<Document> shopEvents = eventsOf(tenantId);
        List<Document> ownerEvents = eventsOf(ownerId);
        assertThat(shopEvents).hasSize(1);
        assertThat(ownerEvents).hasSize(1);
        for (Document event : List.of(shopEvents.get(0), ownerEvents.get(0))) {
            assertThat(metadata(event)).contains("\"tenantId\":\"" + tenantId + "\"")
                    .contains("\"userId\":\"" + ownerId + "\"")
                    .contains("\"traceId\":\"" + traceId + "\"");
        }
    }

    @Test
    void a_user_added_by_the_owner_is_recorded_as_the_owners_doing() {
        Shop shop = signUp("Audited Stores");
        Api.Response cashier = api.post("/api/v1/users", shop.accessToken(),
                Map.of("name", "Anil", "phone", uniquePhone(), "role", "CASHIER", "password", PASSWORD));
        assertThat(cashier.status()).isEqualTo(201);
        List<Document> events = eventsOf(cashier.text("id"));
        assertThat(events).hasSize(1);
        assertThat(metadata(events.get(0))).contains("\"userId\":\"" + shop.ownerId() + "\"")
                .contains("\"tenantId\":\"" + shop.tenantId() + "\"")
                .contains("\"traceId\":\"" + cashier.header("X-Trace-Id") + "\"");
    }
}
