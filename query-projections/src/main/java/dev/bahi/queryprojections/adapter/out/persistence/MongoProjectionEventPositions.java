package dev.bahi.queryprojections.adapter.out.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.bahi.queryprojections.application.port.out.ProjectionAdminEventPositions;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Positions in Axon's Mongo event store (one document per event, the extension's default layout). Its tracking token
 * has no global index, only the timestamp of the newest event it passed and the ids of the events it passed around
 * that time, so a position is counted: the events stored before that timestamp, and those at that very millisecond
 * the token names. Counting runs over the store's timestamp-led index, with the {@code count} command rather than
 * {@code countDocuments}: the driver runs the latter as an aggregation, which the embedded store answers by reading
 * every event (a rebuild watched through the admin API was measured slower for it). This is for operators, not for
 * every request.
 */
public final class MongoProjectionEventPositions implements ProjectionAdminEventPositions {
    private final MongoCollection<Document> events;
    private final MongoDatabase database;
    private final String timestamp;
    private final String eventId;

    public MongoProjectionEventPositions(MongoTemplate axonMongoTemplate, MongoClient client) {
        this.events = axonMongoTemplate.eventCollection();
        this.database = client.getDatabase(events.getNamespace().getDatabaseName());
        EventEntryConfiguration layout = EventEntryConfiguration.getDefault();
        this.timestamp = layout.timestampProperty();
        this.eventId = layout.eventIdentifierProperty();
    }

    @Override
    public OptionalLong head() {
        return OptionalLong.of(events.estimatedDocumentCount());
    }

    @Override
    public OptionalLong positionOf(TrackingToken token) {
        if (token == null) {
            return OptionalLong.of(0);
        }
        if (token.position().isPresent()) {
            return token.position();
        }
        if (!(token instanceof MongoTrackingToken mongo)) {
            return OptionalLong.empty();
        }
        Instant at = mongo.getTimestamp();
        long before = count(Filters.lt(timestamp, DateTimeUtils.formatInstant(at)));
        List<String> passedAtThatMillisecond = mongo.getTrackedEvents().entrySet().stream()
                .filter(e -> e.getValue() == at.toEpochMilli()).map(java.util.Map.Entry::getKey).toList();
        long same = passedAtThatMillisecond.isEmpty() ? 0 : count(Filters.and(
                Filters.eq(timestamp, DateTimeUtils.formatInstant(at)), Filters.in(eventId, passedAtThatMillisecond)));
        return OptionalLong.of(before + same);
    }

    private long count(Bson filter) {
        Document answer = database.runCommand(new Document("count", events.getNamespace().getCollectionName())
                .append("query", filter));
        return ((Number) answer.get("n")).longValue();
    }
}
