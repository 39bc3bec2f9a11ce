package dev.bahi.queryprojections.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bahi.queryprojections.domain.AuditChain;
import dev.bahi.queryprojections.domain.AuditEntry;
import dev.bahi.queryprojections.domain.AuditEventFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an event, as the event store holds it, into an audit entry: the shop it belongs to, the payload with secrets
 * redacted, and the canonical form that is hashed. Everything here is computed from {@link AuditEventFacts} and the
 * position and previous hash only, so that verification can redo it from the event store alone.
 *
 * <p>Canonical JSON: keys sorted at every level, no white space, numbers with the exact digits they were stored with.
 * The canonical form of an entry is the canonical JSON of {@code {aggregateId, aggregateType, eventId, eventType,
 * payload (redacted), payloadSha256 (of the full canonical payload), position, sequenceNumber, tenantId, timestamp,
 * traceId, userId}}; its hash is {@code SHA-256(previousHash + canonical form)}.
 */
public final class AuditCanonicalForm {
    public static final String REDACTED = "[REDACTED]";
    /** passwordHash, password, secret, secretHash, token, tokenHash, refreshToken, pushToken ... any case. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token)(hash)?");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** The entry at {@code position} after {@code previousHash}. */
    public AuditEntry entry(AuditEventFacts facts, long position, String previousHash) {
        JsonNode payload = parse(facts.payloadJson());
        String fullPayload = write(sorted(payload));
        String redacted = write(redact(sorted(payload)));
        String tenantId = tenantOf(facts, payload);
        ObjectNode canonical = JSON.createObjectNode();
        canonical.put("aggregateId", facts.aggregateId());
        canonical.put("aggregateType", facts.aggregateType());
        canonical.put("eventId", facts.eventId());
        canonical.put("eventType", facts.payloadType());
        canonical.set("payload", parse(redacted));
        canonical.put("payloadSha256", AuditChain.sha256(fullPayload));
        canonical.put("position", position);
        canonical.put("sequenceNumber", facts.sequenceNumber());
        canonical.put("tenantId", tenantId);
        canonical.put("timestamp", facts.timestamp());
        canonical.put("traceId", facts.traceId());
        canonical.put("userId", facts.userId());
        String hash = AuditChain.link(previousHash, write(canonical));
        return new AuditEntry(tenantId, position, facts.eventId(), facts.payloadType(), simpleName(facts.payloadType()),
                facts.aggregateType(), facts.aggregateId(), facts.sequenceNumber(), Instant.parse(facts.timestamp()),
                facts.userId(), facts.traceId(), redacted, AuditChain.sha256(fullPayload), previousHash, hash);
    }

    /** The canonical form hashed for {@code entry} (what {@link #entry} built it from). */
    public static String canonical(AuditEntry entry) {
        ObjectNode canonical = JSON.createObjectNode();
        canonical.put("aggregateId", entry.aggregateId());
        canonical.put("aggregateType", entry.aggregateType());
        canonical.put("eventId", entry.eventId());
        canonical.put("eventType", entry.eventType());
        canonical.set("payload", parse(entry.payload()));
        canonical.put("payloadSha256", entry.payloadSha256());
        canonical.put("position", entry.position());
        canonical.put("sequenceNumber", entry.sequenceNumber());
        canonical.put("tenantId", entry.tenantId());
        canonical.put("timestamp", org.axonframework.common.DateTimeUtils.formatInstant(entry.timestamp()));
        canonical.put("traceId", entry.traceId());
        canonical.put("userId", entry.userId());
        return write(canonical);
    }

    /** The shop of an event: its metadata's tenantId, else its payload's, else the platform. */
    public String tenantOf(AuditEventFacts facts) {
        return tenantOf(facts, parse(facts.payloadJson()));
    }

    private static String tenantOf(AuditEventFacts facts, JsonNode payload) {
        if (facts.tenantId() != null && !facts.tenantId().isBlank()) {
            return facts.tenantId();
        }
        JsonNode tenant = payload.path("tenantId");
        if (tenant.isTextual() && !tenant.asText().isBlank()) {
            return tenant.asText();
        }
        return AuditChain.PLATFORM;
    }

    static String simpleName(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // not JSON: kept as the text it is, so that it still hashes and shows
            return TextNode.valueOf(json);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with the keys of every object in order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = JSON.createObjectNode();
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** Replaces, in place, the value of every field named like a secret, at any depth. */
    private static JsonNode redact(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<String> names = object.fieldNames();
            List<String> secrets = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                if (SECRET.matcher(name).matches()) {
                    secrets.add(name);
                } else {
                    redact(object.get(name));
                }
            }
            secrets.forEach(name -> object.put(name, REDACTED));
        } else if (node.isArray()) {
            node.forEach(AuditCanonicalForm::redact);
        }
        return node;
    }
}
