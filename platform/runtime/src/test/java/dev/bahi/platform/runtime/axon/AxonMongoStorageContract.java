package dev.bahi.platform.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Axon Mongo storage adapters must do for Bahi, built exactly as {@link AxonMongoConfiguration} builds
 * them (its own bean methods, on database {@code bahi_events}, Jackson everywhere), so that the contract covers
 * our wiring and not a copy of it. Each subclass runs it against one store: the embedded store in memory, the
 * embedded store on disk, and a real MongoDB.
 */
abstract class AxonMongoStorageContract {
    static final String PROCESSOR = "inventory.stock-levels";

    private final AxonMongoConfiguration configuration = new AxonMongoConfiguration();

    protected MongoClient client;
    protected MongoTemplate template;
    protected Serializer serializer;
    protected EventStorageEngine engine;
    protected TokenStore tokenStore;
    protected SagaStore<Object> sagaStore;

    /** Starts (or reaches) the store under test and returns a driver client on it. */
    protected abstract MongoClient connect();

    /** Lets go of what {@link #connect()} started. */
    protected abstract void disconnect();

    @BeforeEach
    void startWithAnEmptyEventDatabase() {
        client = connect();
        client.getDatabase(AxonMongoConfiguration.EVENTS_DATABASE).drop();
        wireAsConfigured(client);
    }

    @AfterEach
    void stop() {
        disconnect();
    }

    /** The adapters the application gets, made by the configuration's own bean methods. */
    protected void wireAsConfigured(MongoClient mongoClient) {
        client = mongoClient;
        template = configuration.axonMongoTemplate(mongoClient);
        serializer = configuration.serializer();
        engine = configuration.eventStorageEngine(template, configuration.eventSerializer());
        tokenStore = configuration.tokenStore(template, serializer, new StaticListableBeanFactory()
                .getBeanProvider(org.axonframework.config.EventProcessingConfiguration.class));
        sagaStore = configuration.sagaStore(template, serializer);
    }

    // ---- test messages, shaped like Bahi's published language -------------------------------------------------

    record ItemRegistered(String tenantId, String itemId, String name, long pricePaise) {
    }

    record StockReceived(String tenantId, String itemId, BigDecimal quantity, Instant receivedAt) {
    }

    record ItemSnapshot(String tenantId, String itemId, String name, BigDecimal onHand) {
    }

    record UdhaarReminders(String tenantId, String customerId, int remindersSent) {
    }

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    protected DomainEventMessage<?> event(String aggregateId, long sequence, Object payload, int millisAfterStart) {
        return new GenericDomainEventMessage<>("Item", aggregateId, sequence, payload,
                Map.of(MessageMetadata.TENANT_ID, "tenant-1", MessageMetadata.USER_ID, "user-7"),
                newId(), start.plusMillis(millisAfterStart));
    }

    protected static Object payloadOf(Message<?> message) {
        return message.getPayload();
    }

    protected static List<DomainEventMessage<?>> history(EventStorageEngine engine, String aggregateId) {
        return new ArrayList<>(engine.readEvents(aggregateId).asStream().toList());
    }

    protected static List<TrackedEventMessage<?>> trackedAfter(EventStorageEngine engine, TrackingToken token) {
        try (var stream = engine.readEvents(token, false)) {
            return new ArrayList<>(stream.toList());
        }
    }

    // ---- the contract ------------------------------------------------------------------------------------------

    @Test
    void the_configuration_wires_jackson_serialisation_on_the_bahi_events_database() {
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(template.eventCollection().getNamespace().getDatabaseName()).isEqualTo("bahi_events");
        assertThat(tokenStore).isInstanceOf(ReplayFreeInitialTokens.class);
        tokenStore.initializeTokenSegments("contract.wiring", 1);
        assertThat(template.trackingTokensCollection().countDocuments()).as("tokens kept in bahi_events")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void appended_domain_events_read_back_in_sequence_with_payload_and_metadata() {
        String item = newId();
        var registered = new ItemRegistered("tenant-1", item, "Basmati rice 1 kg", 12_450);
        var received = new StockReceived("tenant-1", item, new BigDecimal("12.500"), start);
        var receivedAgain = new StockReceived("tenant-1", item, new BigDecimal("3"), start.plusSeconds(60));

        engine.appendEvents(event(item, 0, registered, 0), event(item, 1, received, 1));
        engine.appendEvents(event(item, 2, receivedAgain, 2));

        List<DomainEventMessage<?>> events = history(engine, item);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(events).extracting(AxonMongoStorageContract::payloadOf).containsExactly(registered, received, receivedAgain);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getAggregateIdentifier()).isEqualTo(item);
            assertThat(e.getType()).isEqualTo("Item");
            assertThat(e.getMetaData()).containsEntry(MessageMetadata.TENANT_ID, "tenant-1")
                    .containsEntry(MessageMetadata.USER_ID, "user-7");
        });
        assertThat(events.get(1).getTimestamp()).isEqualTo(start.plusMillis(1));
        assertThat(engine.lastSequenceNumberFor(item)).contains(2L);
        assertThat(engine.readEvents(item, 2).asStream().map(AxonMongoStorageContract::payloadOf)).containsExactly(receivedAgain);
        assertThat(history(engine, newId())).isEmpty();
    }

    @Test
    void a_second_first_event_for_an_aggregate_is_refused_as_a_stream_creation_conflict() {
        String item = newId();
        var original = new ItemRegistered("tenant-1", item, "Toor dal", 15_000);
        engine.appendEvents(event(item, 0, original, 0));

        assertThatThrownBy(() -> engine.appendEvents(
                event(item, 0, new ItemRegistered("tenant-1", item, "Someone else's toor dal", 1), 1)))
                .isInstanceOf(AggregateStreamCreationException.class)
                .isNotInstanceOf(ConcurrencyException.class)
                .hasCauseInstanceOf(MongoBulkWriteException.class);

        assertThat(history(engine, item)).extracting(AxonMongoStorageContract::payloadOf).containsExactly(original);
    }

    @Test
    void an_event_with_a_sequence_number_already_taken_is_refused_as_a_concurrency_conflict() {
        String item = newId();
        var registered = new ItemRegistered("tenant-1", item, "Sugar", 4_500);
        var received = new StockReceived("tenant-1", item, BigDecimal.TEN, start);
        engine.appendEvents(event(item, 0, registered, 0), event(item, 1, received, 1));

        var concurrent = new StockReceived("tenant-1", item, BigDecimal.ONE, start);
        assertThatThrownBy(() -> engine.appendEvents(event(item, 1, concurrent, 2), event(item, 2, concurrent, 3)))
                .isInstanceOf(ConcurrencyException.class)
                .hasCauseInstanceOf(MongoBulkWriteException.class);

        assertThat(history(engine, item)).extracting(AxonMongoStorageContract::payloadOf).containsExactly(registered, received);
        assertThat(engine.lastSequenceNumberFor(item)).contains(1L);
    }

    @Test
    void the_latest_snapshot_is_stored_and_read_back() {
        String item = newId();
        assertThat(engine.readSnapshot(item)).isEmpty();

        var early = new ItemSnapshot("tenant-1", item, "Ghee 500 ml", new BigDecimal("4"));
        var later = new ItemSnapshot("tenant-1", item, "Ghee 500 ml", new BigDecimal("17.25"));
        engine.storeSnapshot(event(item, 99, early, 0));
        engine.storeSnapshot(event(item, 199, later, 1));

        DomainEventMessage<?> snapshot = engine.readSnapshot(item).orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(199L);
        assertThat(snapshot.getAggregateIdentifier()).isEqualTo(item);
        assertThat(snapshot.getPayload()).isEqualTo(later);
        assertThat(template.snapshotCollection().countDocuments()).as("older snapshots are pruned").isEqualTo(1);
    }

    @Test
    void tracking_reads_every_aggregate_in_global_order_and_resumes_after_a_token() {
        String rice = newId();
        String dal = newId();
        var e0 = event(rice, 0, new ItemRegistered("tenant-1", rice, "Rice", 6_000), 0);
        var e1 = event(dal, 0, new ItemRegistered("tenant-1", dal, "Dal", 12_000), 1);
        var e2 = event(rice, 1, new StockReceived("tenant-1", rice, BigDecimal.TEN, start), 2);
        var e3 = event(dal, 1, new StockReceived("tenant-1", dal, BigDecimal.ONE, start), 3);
        engine.appendEvents(e0, e1);
        engine.appendEvents(e2, e3);

        List<TrackedEventMessage<?>> all = trackedAfter(engine, null);
        assertThat(all).extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(e0.getIdentifier(), e1.getIdentifier(), e2.getIdentifier(), e3.getIdentifier());
        assertThat(all).extracting(AxonMongoStorageContract::payloadOf)
                .containsExactly(e0.getPayload(), e1.getPayload(), e2.getPayload(), e3.getPayload());
        List<TrackingToken> tokens = all.stream().<TrackingToken>map(TrackedEventMessage::trackingToken).toList();
        assertThat(tokens).allSatisfy(token -> assertThat(token).isInstanceOf(MongoTrackingToken.class));
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).covers(tokens.get(i - 1))).as("token %d covers token %d", i, i - 1).isTrue();
            assertThat(tokens.get(i - 1).covers(tokens.get(i))).as("token %d covers token %d", i - 1, i).isFalse();
        }

        assertThat(trackedAfter(engine, tokens.get(1))).extracting(TrackedEventMessage::getIdentifier)
                .containsExactly(e2.getIdentifier(), e3.getIdentifier());
        assertThat(trackedAfter(engine, tokens.get(3))).isEmpty();
        assertThat(trackedAfter(engine, engine.createTailToken())).hasSize(4);
    }

    @Test
    void token_segments_are_initialised_claimed_and_updated() {
        tokenStore.initializeTokenSegments(PROCESSOR, 2);
        assertThat(tokenStore.fetchSegments(PROCESSOR)).containsExactly(0, 1);
        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).as("a fresh segment starts at the tail").isNull();

        String item = newId();
        engine.appendEvents(event(item, 0, new ItemRegistered("tenant-1", item, "Atta", 5_500), 0));
        TrackingToken reached = trackedAfter(engine, null).get(0).trackingToken();

        tokenStore.storeToken(reached, PROCESSOR, 0);

        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).isEqualTo(reached);
        assertThat(tokenStore.fetchToken(PROCESSOR, 1)).isNull();
        assertThatThrownBy(() -> tokenStore.initializeTokenSegments(PROCESSOR, 2))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> tokenStore.fetchToken("never.initialised", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void a_segment_claimed_by_one_node_is_refused_to_another_until_released() {
        tokenStore.initializeTokenSegments(PROCESSOR, 1);
        tokenStore.fetchToken(PROCESSOR, 0);
        TokenStore anotherNode = MongoTokenStore.builder()
                .mongoTemplate(template).serializer(serializer).nodeId("another-node").build();

        // The Mongo token store claims with a filtered update, so another node finds no claimable entry and is
        // told the token "has not been initialized yet": the type, not the wording, is what processors act on.
        assertThatThrownBy(() -> anotherNode.fetchToken(PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        TrackingToken somewhere = MongoTrackingToken.of(Instant.now(), newId());
        assertThatThrownBy(() -> anotherNode.storeToken(somewhere, PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        tokenStore.extendClaim(PROCESSOR, 0);
        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).as("the refused store changed nothing").isNull();

        tokenStore.releaseClaim(PROCESSOR, 0);
        assertThat(anotherNode.fetchToken(PROCESSOR, 0)).isNull();
        assertThatThrownBy(() -> tokenStore.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void the_mongo_token_store_cannot_store_an_empty_token() {
        // Observed in axon-mongo 4.12: storeToken(null, ...) dereferences the serialised token and fails with a
        // NullPointerException instead of storing "at the tail". Processors only get here by resetting to a tail
        // token on an empty event store (createTailToken() is then null), so resets must find at least one event.
        tokenStore.initializeTokenSegments(PROCESSOR, 1);
        tokenStore.fetchToken(PROCESSOR, 0);

        assertThat(engine.createTailToken()).as("tail of an empty store").isNull();
        assertThatThrownBy(() -> tokenStore.storeToken(null, PROCESSOR, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sagas_are_inserted_found_by_association_updated_and_deleted() {
        String sagaId = newId();
        var customer = new AssociationValue("customerId", "cust-42");
        var saga = new UdhaarReminders("tenant-1", "cust-42", 0);

        sagaStore.insertSaga(UdhaarReminders.class, sagaId, saga, Set.of(customer));

        SagaStore.Entry<UdhaarReminders> loaded = sagaStore.loadSaga(UdhaarReminders.class, sagaId);
        assertThat(loaded.saga()).isEqualTo(saga);
        assertThat(loaded.associationValues()).containsExactly(customer);
        assertThat(sagaStore.findSagas(UdhaarReminders.class, customer)).containsExactly(sagaId);
        assertThat(sagaStore.findSagas(UdhaarReminders.class, new AssociationValue("customerId", "cust-43"))).isEmpty();

        var reminded = new UdhaarReminders("tenant-1", "cust-42", 1);
        sagaStore.updateSaga(UdhaarReminders.class, sagaId, reminded, new AssociationValuesImpl(Set.of(customer)));
        assertThat(sagaStore.loadSaga(UdhaarReminders.class, sagaId).saga()).isEqualTo(reminded);

        sagaStore.deleteSaga(UdhaarReminders.class, sagaId, Set.of(customer));
        assertThat(sagaStore.loadSaga(UdhaarReminders.class, sagaId)).isNull();
        assertThat(sagaStore.findSagas(UdhaarReminders.class, customer)).isEmpty();
    }
}
