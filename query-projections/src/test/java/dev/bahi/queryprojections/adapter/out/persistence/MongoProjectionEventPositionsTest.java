package dev.bahi.queryprojections.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Positions counted in Axon's Mongo event store on the embedded store, with events written and tracked by Axon's own
 * storage engine: the n-th event's token is at position n, also where several events share a millisecond.
 */
class MongoProjectionEventPositionsTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("positions");

    private MongoEventStorageEngine engine;
    private MongoProjectionEventPositions positions;

    @BeforeEach
    void setUp() {
        String database = mongo.template().getDb().getName();
        MongoTemplate axon = DefaultMongoTemplate.builder().mongoDatabase(mongo.client(), database).build();
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = MongoEventStorageEngine.builder().mongoTemplate(axon).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        positions = new MongoProjectionEventPositions(axon, mongo.client());
    }

    @Test
    void anEmptyStoreIsAtPositionZero() {
        assertThat(positions.head()).hasValue(0);
        assertThat(positions.positionOf(null)).hasValue(0);
    }

    @Test
    void everyTrackedEventIsAtItsPlaceInTheStream() {
        Instant start = Instant.parse("2026-11-01T04:30:00.000Z");
        List<EventMessage<?>> events = new ArrayList<>();
        // 12 events: three pairs share a millisecond, the rest are 1 s apart
        int[] millisecondOffsets = {0, 1000, 1000, 2000, 3000, 3000, 4000, 5000, 6000, 6000, 7000, 8000};
        for (int i = 0; i < millisecondOffsets.length; i++) {
            events.add(new GenericDomainEventMessage<>("Counter", "counter-" + (i % 3), i / 3, "event " + i,
                    Map.of("tenantId", "shop-1"), UUID.randomUUID().toString(), start.plusMillis(millisecondOffsets[i])));
        }
        engine.appendEvents(events);

        List<TrackingToken> tokens = engine.readEvents(null, false).map(TrackedEventMessage::trackingToken)
                .collect(Collectors.toList());

        assertThat(tokens).hasSize(12);
        assertThat(positions.head()).hasValue(12);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(positions.positionOf(tokens.get(i))).as("token of event %d", i + 1).hasValue(i + 1);
        }
    }
}
