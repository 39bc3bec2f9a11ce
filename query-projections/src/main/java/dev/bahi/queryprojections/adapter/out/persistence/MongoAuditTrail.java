package dev.bahi.queryprojections.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore;
import dev.bahi.queryprojections.domain.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Audit entries in {@code audit_entries}, keyed {@code <tenantId>:<eventId>} (an event is recorded once per shop),
 * with a unique {@code (tenantId, position)} index that orders every read; each shop's head in {@code audit_heads}.
 * Documents are written and read as plain BSON (no mapping layer), since a shop's export may run to millions.
 */
public final class MongoAuditTrail implements AuditTrailStore {
    static final String ENTRIES = "audit_entries";
    static final String HEADS = "audit_heads";
    private static final String POSITION = "position";

    private final MongoTemplate mongo;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ENTRIES).ensureIndex(new CompoundIndexDefinition(new Document("tenantId", 1)
                .append(POSITION, 1)).named("tenant_position").unique());
        mongo.indexOps(ENTRIES).ensureIndex(TenantKeys.index("tenant_aggregate_position", "aggregateId", POSITION));
    }

    @Override
    public Optional<Head> head(String tenantId) {
        Document head = mongo.findById(headId(tenantId), Document.class, HEADS);
        return Optional.ofNullable(head).filter(h -> tenantId.equals(h.getString("tenantId")))
                .map(h -> new Head(h.get(POSITION, Number.class).longValue(), h.getString("hash")));
    }

    @Override
    public boolean append(AuditEntry entry) {
        try {
            mongo.insert(document(entry), ENTRIES);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            mongo.insert(entries.stream().map(MongoAuditTrail::document).toList(), ENTRIES);
        }
    }

    @Override
    public void moveHead(String tenantId, long position, String hash) {
        mongo.upsert(Query.query(Criteria.where("_id").is(headId(tenantId))),
                new Update().set("tenantId", tenantId).set(POSITION, position).set("hash", hash), HEADS);
    }

    @Override
    public Optional<AuditEntry> entry(String tenantId, String eventId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, eventId), Document.class, ENTRIES))
                .filter(d -> tenantId.equals(d.getString("tenantId"))).map(MongoAuditTrail::entry);
    }

    @Override
    public Optional<AuditEntry> at(String tenantId, long position) {
        return Optional.ofNullable(mongo.findOne(Query.query(TenantKeys.tenant(tenantId).and(POSITION).is(position)),
                Document.class, ENTRIES)).map(MongoAuditTrail::entry);
    }

    @Override
    public Optional<AuditEntry> last(String tenantId) {
        Query query = new Query(TenantKeys.tenant(tenantId)).with(Sort.by(Sort.Direction.DESC, "tenantId", POSITION))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, ENTRIES)).map(MongoAuditTrail::entry);
    }

    @Override
    public List<AuditEntry> page(Filter filter, long after, int limit) {
        Query query = new Query(criteria(filter, after)).with(order()).limit(limit);
        List<AuditEntry> entries = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, ENTRIES)) {
            entries.add(entry(document));
        }
        return entries;
    }

    @Override
    public Stream<AuditEntry> stream(Filter filter) {
        Query query = new Query(criteria(filter, 0)).with(order()).cursorBatchSize(500);
        return mongo.stream(query, Document.class, ENTRIES).map(MongoAuditTrail::entry);
    }

    @Override
    public Optional<Long> firstPosition(Filter filter) {
        Query query = new Query(criteria(filter, 0)).with(order()).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, ENTRIES))
                .map(d -> d.get(POSITION, Number.class).longValue());
    }

    @Override
    public Optional<Long> lastPosition(Filter filter) {
        Query query = new Query(criteria(filter, 0)).with(Sort.by(Sort.Direction.DESC, "tenantId", POSITION))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, ENTRIES))
                .map(d -> d.get(POSITION, Number.class).longValue());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ENTRIES);
        mongo.remove(new Query(), HEADS);
    }

    private static Sort order() {
        return Sort.by("tenantId", POSITION);
    }

    private static Criteria criteria(Filter filter, long after) {
        Criteria criteria = TenantKeys.tenant(filter.tenantId());
        if (filter.aggregateId() != null) {
            criteria = criteria.and("aggregateId").is(filter.aggregateId());
        }
        long from = Math.max(after + 1, filter.fromPosition() == null ? 1 : filter.fromPosition());
        Criteria position = criteria.and(POSITION).gte(from);
        if (filter.toPosition() != null) {
            position.lt(filter.toPosition());
        }
        if (filter.aggregateType() != null) {
            criteria = criteria.and("aggregateType").is(filter.aggregateType());
        }
        if (filter.eventType() != null) {
            String field = filter.eventType().contains(".") ? "eventType" : "eventName";
            criteria = criteria.and(field).is(filter.eventType());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria time = criteria.and("timestamp");
            if (filter.from() != null) {
                time.gte(Date.from(filter.from()));
            }
            if (filter.to() != null) {
                time.lt(Date.from(filter.to()));
            }
        }
        return criteria;
    }

    private static String headId(String tenantId) {
        return TenantKeys.id(tenantId, "head");
    }

    private static Document document(AuditEntry e) {
        return new Document("_id", TenantKeys.id(e.tenantId(), e.eventId()))
                .append("tenantId", e.tenantId())
                .append(POSITION, e.position())
                .append("eventId", e.eventId())
                .append("eventType", e.eventType())
                .append("eventName", e.eventName())
                .append("aggregateType", e.aggregateType())
                .append("aggregateId", e.aggregateId())
                .append("sequenceNumber", e.sequenceNumber())
                .append("timestamp", Date.from(e.timestamp()))
                .append("timestampText", e.timestamp().toString())
                .append("userId", e.userId())
                .append("traceId", e.traceId())
                .append("payload", e.payload())
                .append("payloadSha256", e.payloadSha256())
                .append("previousHash", e.previousHash())
                .append("hash", e.hash());
    }

    private static AuditEntry entry(Document d) {
        return new AuditEntry(d.getString("tenantId"), d.get(POSITION, Number.class).longValue(),
                d.getString("eventId"), d.getString("eventType"), d.getString("eventName"),
                d.getString("aggregateType"), d.getString("aggregateId"),
                d.get("sequenceNumber", Number.class).longValue(), Instant.parse(d.getString("timestampText")),
                d.getString("userId"), d.getString("traceId"), d.getString("payload"), d.getString("payloadSha256"),
                d.getString("previousHash"), d.getString("hash"));
    }
}
