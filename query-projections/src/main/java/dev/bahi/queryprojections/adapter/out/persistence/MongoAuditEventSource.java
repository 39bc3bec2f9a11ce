package dev.bahi.queryprojections.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.bahi.queryprojections.application.port.out.AuditEventSource;
import dev.bahi.queryprojections.domain.AuditEventFacts;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Reads events straight from the Axon Mongo event store ({@code bahi_events.domainevents}, one document per event)
 * through the official driver: a point read on the store's unique (aggregate, sequence) index, then the stored
 * fields taken exactly as they are, the payload as its serialized JSON.
 */
public final class MongoAuditEventSource implements AuditEventSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> events;

    /** {@code axonMongoTemplate}: the event store's own, so that the very collection it writes is read. */
    public MongoAuditEventSource(MongoTemplate axonMongoTemplate) {
        this.events = axonMongoTemplate.eventCollection();
    }

    @Override
    public Optional<AuditEventFacts> find(String aggregateId, long sequenceNumber, String eventId) {
        Document stored = events.find(Filters.and(Filters.eq("aggregateIdentifier", aggregateId),
                Filters.eq("sequenceNumber", sequenceNumber))).first();
        if (stored == null || !eventId.equals(stored.getString("eventIdentifier"))) {
            return Optional.empty();
        }
        JsonNode metadata = tree(json(stored.get("serializedMetaData")));
        return Optional.of(new AuditEventFacts(eventId, stored.getString("payloadType"), stored.getString("type"),
                stored.getString("aggregateIdentifier"), ((Number) stored.get("sequenceNumber")).longValue(),
                DateTimeUtils.formatInstant(DateTimeUtils.parseInstant(stored.getString("timestamp"))),
                text(metadata, "tenantId"), text(metadata, "userId"), text(metadata, "traceId"),
                json(stored.get("serializedPayload"))));
    }

    private static String json(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Document document) {
            return document.toJson(RELAXED);
        }
        if (stored instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (stored instanceof org.bson.types.Binary binary) {
            return new String(binary.getData(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return stored.toString();
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.nullNode();
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
