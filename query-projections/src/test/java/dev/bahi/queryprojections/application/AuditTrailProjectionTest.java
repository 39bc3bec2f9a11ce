package dev.bahi.queryprojections.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.queryprojections.adapter.out.persistence.MongoAuditEventSource;
import dev.bahi.queryprojections.adapter.out.persistence.MongoAuditTrail;
import dev.bahi.queryprojections.application.AuditVerification.Reason;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore.Filter;
import dev.bahi.queryprojections.domain.AuditChain;
import dev.bahi.queryprojections.domain.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail as plain objects over the embedded store, fed from a real Axon Mongo event store: events are
 * appended to {@code bahi_events.domainevents} and read back through the storage engine's stream, as the tracking
 * processor reads them; verification reads that same collection.
 */
class AuditTrailProjectionTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("query-projections");

    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String BCRYPT = "$2a$10$abcdefghijklmnopqrstuuJ9mL0bJjQp1c2WcCz0gq9HXnQ4y3aXy";

    /** Test events, shaped like the real ones. */
    record Credentials(String login, String passwordHash) {
    }

    record UserRegistered(String tenantId, String userId, String name, Credentials credentials) {
    }

    record ItemRegistered(String tenantId, String itemId, String sku, long salePrice) {
    }

    record PlatformNoticePublished(String text) {
    }

    private Serializer serializer;
    private MongoEventStorageEngine engine;
    private MongoCollection<Document> domainEvents;
    private MongoAuditTrail trail;
    private AuditTrailProjection projection;
    private AuditTrailService service;
    private int handled;

    @BeforeEach
    void emptyStores() {
        mongo.client().getDatabase("bahi_events").drop();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        serializer = JacksonSerializer.builder().objectMapper(mapper).build();
        MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(mongo.client(), "bahi_events").build();
        engine = MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        engine.ensureIndexes();
        domainEvents = template.eventCollection();
        trail = new MongoAuditTrail(mongo.template());
        projection = new AuditTrailProjection(trail, serializer);
        service = new AuditTrailService(trail, new MongoAuditEventSource(template), null);
        handled = 0;
    }

    private void append(String aggregateType, String aggregateId, long sequence, Object payload, String tenantId,
                        String userId) {
        MetaData metadata = MetaData.with("userId", userId).and("traceId", "trace-" + aggregateId + "-" + sequence);
        if (tenantId != null) {
            metadata = metadata.and("tenantId", tenantId);
        }
        engine.appendEvents(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metadata));
    }

    /** Hands every stored event not yet handled to the projection, as the tracking processor would. */
    private void track() {
        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).collect(Collectors.toList());
        for (TrackedEventMessage<?> message : all.subList(handled, all.size())) {
            projection.on(message.getPayload(), message);
        }
        handled = all.size();
    }

    /** Hands every stored event to the projection again. */
    private void redeliverAll() {
        engine.readEvents(null, false).forEach(message -> projection.on(message.getPayload(), (EventMessage<?>) message));
    }

    private List<AuditEntry> entries(String tenantId) {
        return trail.page(Filter.all(tenantId), 0, 1000);
    }

    private String owner = UUID.randomUUID().toString();
    private String otherOwner = UUID.randomUUID().toString();

    private void aDayOfTwoShops() {
        append("User", owner, 0, new UserRegistered(SHOP, owner, "Ravi", new Credentials("ravi@shop.example", BCRYPT)),
                SHOP, owner);
        append("InventoryItem", "item-1", 0, new ItemRegistered(SHOP, "item-1", "ATTA-5KG", 28500), SHOP, owner);
        append("User", otherOwner, 0, new UserRegistered(OTHER_SHOP, otherOwner, "Asha",
                new Credentials("asha@shop.example", BCRYPT)), OTHER_SHOP, otherOwner);
        append("InventoryItem", "item-2", 0, new ItemRegistered(SHOP, "item-2", "LUX-SOAP", 4000), SHOP, owner);
        append("Notice", "notice-1", 0, new PlatformNoticePublished("maintenance at 02:00"), null, "system");
        append("InventoryItem", "item-1", 1, new ItemRegistered(SHOP, "item-1", "ATTA-10KG", 55000), SHOP, owner);
        track();
    }

    @Test
    void every_event_is_appended_to_its_shops_chain_in_stream_order_with_who_and_which_request() {
        aDayOfTwoShops();

        List<AuditEntry> shop = entries(SHOP);
        assertThat(shop).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(shop).extracting(AuditEntry::eventName)
                .containsExactly("UserRegistered", "ItemRegistered", "ItemRegistered", "ItemRegistered");
        assertThat(shop).extracting(AuditEntry::aggregateId).containsExactly(owner, "item-1", "item-2", "item-1");
        assertThat(shop.get(3).sequenceNumber()).isEqualTo(1);
        assertThat(shop.get(1).aggregateType()).isEqualTo("InventoryItem");
        assertThat(shop.get(1).eventType()).isEqualTo(ItemRegistered.class.getName());
        assertThat(shop).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(owner);
            assertThat(e.traceId()).isEqualTo("trace-" + e.aggregateId() + "-" + e.sequenceNumber());
        });
        assertThat(shop.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < shop.size(); i++) {
            assertThat(shop.get(i).previousHash()).isEqualTo(shop.get(i - 1).hash());
            assertThat(shop.get(i).hash()).isEqualTo(AuditChain.link(shop.get(i).previousHash(),
                    AuditCanonicalForm.canonical(shop.get(i))));
        }
        assertThat(entries(OTHER_SHOP)).extracting(AuditEntry::position).containsExactly(1L);
        assertThat(entries(OTHER_SHOP).get(0).userId()).isEqualTo(otherOwner);
        assertThat(entries(AuditChain.PLATFORM)).extracting(AuditEntry::eventName)
                .containsExactly("PlatformNoticePublished");
        assertThat(trail.head(SHOP)).contains(new dev.bahi.queryprojections.application.port.out.AuditTrailStore.Head(
                4, shop.get(3).hash()));
    }

    @Test
    void an_event_delivered_again_is_not_recorded_twice() {
        aDayOfTwoShops();
        List<AuditEntry> before = entries(SHOP);

        redeliverAll();

        assertThat(entries(SHOP)).isEqualTo(before);
        assertThat(entries(OTHER_SHOP)).hasSize(1);
        assertThat(trail.head(SHOP).orElseThrow().position()).isEqualTo(4);
    }

    @Test
    void the_chain_goes_on_after_a_restart_and_after_a_head_that_was_not_moved() {
        aDayOfTwoShops();
        // a restart: a new projection over the same store
        projection = new AuditTrailProjection(new MongoAuditTrail(mongo.template()), serializer);
        append("InventoryItem", "item-2", 1, new ItemRegistered(SHOP, "item-2", "LUX-SOAP-3", 11000), SHOP, owner);
        track();
        // a crash between the insert and the head: the head still says 5-1
        AuditEntry fifth = entries(SHOP).get(4);
        trail.moveHead(SHOP, 4, entries(SHOP).get(3).hash());
        append("InventoryItem", "item-3", 0, new ItemRegistered(SHOP, "item-3", "TEA-250G", 12000), SHOP, owner);
        track();

        assertThat(fifth.position()).isEqualTo(5);
        assertThat(entries(SHOP)).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(service.verify(SHOP, null, null).verified()).isTrue();
    }

    @Test
    void secrets_are_redacted_wherever_they_are_in_the_payload() {
        aDayOfTwoShops();

        AuditEntry registered = entries(SHOP).get(0);
        assertThat(registered.payload()).contains("\"passwordHash\":\"[REDACTED]\"").contains("ravi@shop.example")
                .doesNotContain("$2a$");
        assertThat(entries(OTHER_SHOP).get(0).payload()).doesNotContain("$2a$");
    }

    @Test
    void a_reset_and_a_replay_give_the_very_same_hashes() {
        aDayOfTwoShops();
        List<AuditEntry> before = entries(SHOP);
        List<AuditEntry> otherBefore = entries(OTHER_SHOP);

        projection.reset();
        assertThat(entries(SHOP)).isEmpty();
        assertThat(trail.head(SHOP)).isEmpty();
        redeliverAll();

        assertThat(entries(SHOP)).isEqualTo(before);
        assertThat(entries(OTHER_SHOP)).isEqualTo(otherBefore);
    }

    @Test
    void verify_recomputes_the_chain_from_the_event_store() {
        aDayOfTwoShops();

        AuditVerification all = service.verify(SHOP, null, null);
        assertThat(all.verified()).as(String.valueOf(all)).isTrue();
        assertThat(all.entries()).isEqualTo(4);
        assertThat(all.firstPosition()).isEqualTo(1);
        assertThat(all.lastPosition()).isEqualTo(4);
        assertThat(all.headHash()).isEqualTo(entries(SHOP).get(3).hash());
        AuditVerification part = service.verify(SHOP, 2L, 3L);
        assertThat(part.verified()).isTrue();
        assertThat(part.entries()).isEqualTo(2);
        assertThat(service.verify(OTHER_SHOP, null, null).entries()).isEqualTo(1);
    }

    @Test
    void verify_names_the_first_position_whose_event_changed_in_the_store() {
        aDayOfTwoShops();
        Document stored = domainEvents.find(Filters.and(Filters.eq("aggregateIdentifier", "item-2"))).first();
        String payload = stored.getString("serializedPayload");
        domainEvents.updateOne(Filters.eq("_id", stored.get("_id")),
                Updates.set("serializedPayload", payload.replace("4000", "400")));

        AuditVerification result = service.verify(SHOP, null, null);

        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch().position()).isEqualTo(3);
        assertThat(result.firstMismatch().reason()).isEqualTo(Reason.EVENT_CHANGED);
        assertThat(result.firstMismatch().storedHash()).isEqualTo(entries(SHOP).get(2).hash());
        assertThat(result.firstMismatch().expectedHash()).isNotEqualTo(result.firstMismatch().storedHash());
        assertThat(service.verify(OTHER_SHOP, null, null).verified()).isTrue();
    }

    @Test
    void verify_notices_a_changed_secret_though_it_is_never_shown() {
        aDayOfTwoShops();
        Document stored = domainEvents.find(Filters.eq("aggregateIdentifier", owner)).first();
        domainEvents.updateOne(Filters.eq("_id", stored.get("_id")), Updates.set("serializedPayload",
                stored.getString("serializedPayload").replace(BCRYPT, BCRYPT.replace("abc", "xyz"))));

        AuditVerification result = service.verify(SHOP, null, null);

        assertThat(result.firstMismatch().position()).isEqualTo(1);
        assertThat(result.firstMismatch().reason()).isEqualTo(Reason.EVENT_CHANGED);
    }

    @Test
    void verify_names_an_event_missing_from_the_store() {
        aDayOfTwoShops();
        domainEvents.deleteOne(Filters.and(Filters.eq("aggregateIdentifier", "item-1"),
                Filters.eq("sequenceNumber", 1L)));

        AuditVerification result = service.verify(SHOP, null, null);

        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch().position()).isEqualTo(4);
        assertThat(result.firstMismatch().reason()).isEqualTo(Reason.EVENT_MISSING);
    }

    @Test
    void verify_names_a_tampered_stored_hash_as_a_broken_link() {
        aDayOfTwoShops();
        AuditEntry second = entries(SHOP).get(1);
        mongo.template().getCollection("audit_entries").updateOne(Filters.eq("_id", SHOP + ":" + second.eventId()),
                Updates.set("hash", "f".repeat(64)));

        AuditVerification result = service.verify(SHOP, null, null);

        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch().position()).isEqualTo(2);
        assertThat(result.firstMismatch().reason()).isEqualTo(Reason.CHAIN_BROKEN);
        assertThat(result.firstMismatch().expectedHash()).isEqualTo(second.hash());
        assertThat(result.firstMismatch().storedHash()).isEqualTo("f".repeat(64));
    }

    @Test
    void verify_names_an_entry_removed_from_the_trail() {
        aDayOfTwoShops();
        AuditEntry second = entries(SHOP).get(1);
        mongo.template().getCollection("audit_entries").deleteOne(Filters.eq("_id", SHOP + ":" + second.eventId()));

        AuditVerification result = service.verify(SHOP, null, null);

        assertThat(result.firstMismatch().position()).isEqualTo(2);
        assertThat(result.firstMismatch().reason()).isEqualTo(Reason.CHAIN_BROKEN);
    }

    @Test
    void pages_and_filters_stay_within_the_shop() {
        aDayOfTwoShops();
        Filter items = new Filter(SHOP, null, null, null, null, "InventoryItem", null, null);
        assertThat(trail.page(items, 0, 10)).extracting(AuditEntry::position).containsExactly(2L, 3L, 4L);
        assertThat(trail.page(items, 2, 1)).extracting(AuditEntry::position).containsExactly(3L);
        Filter oneItem = new Filter(SHOP, null, null, null, null, null, "item-1", "ItemRegistered");
        assertThat(trail.page(oneItem, 0, 10)).extracting(AuditEntry::position).containsExactly(2L, 4L);
        List<AuditEntry> exported = new ArrayList<>();
        service.export(Filter.all(OTHER_SHOP), exported::add);
        assertThat(exported).extracting(AuditEntry::tenantId).containsOnly(OTHER_SHOP);
        assertThat(Map.of("n", exported.size())).containsEntry("n", 1);
    }
}
