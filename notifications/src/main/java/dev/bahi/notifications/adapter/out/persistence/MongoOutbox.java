package dev.bahi.notifications.adapter.out.persistence;

import dev.bahi.notifications.api.NotificationRequested;
import dev.bahi.notifications.application.port.out.Outbox;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Messages still to be attempted, keyed {@code <tenantId>:<notificationId>}. The dispatcher serves all shops from
 * one queue, so "what is due" is asked across tenants, by {@code dueAt} alone; every entry still carries its tenant,
 * and every message it leads to is claimed and recorded within that tenant.
 */
public final class MongoOutbox implements Outbox {
    static final String COLLECTION = "notification_outbox";

    @Document(COLLECTION)
    record OutboxDocument(@Id String id, String tenantId, String notificationId, int attemptsMade, Instant dueAt,
                          NotificationRequested request) {
        Entry toEntry() {
            return new Entry(tenantId, notificationId, attemptsMade, dueAt, request);
        }
    }

    private final MongoTemplate mongo;

    public MongoOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("dueAt", Sort.Direction.ASC).named("due"));
    }

    @Override
    public void put(Entry entry) {
        mongo.save(new OutboxDocument(TenantKeys.id(entry.tenantId(), entry.notificationId()), entry.tenantId(),
                entry.notificationId(), entry.attemptsMade(), entry.dueAt(), entry.request()));
    }

    @Override
    public void reschedule(String tenantId, String notificationId, int attemptsMade, Instant dueAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, notificationId))),
                new Update().set("attemptsMade", attemptsMade).set("dueAt", dueAt), OutboxDocument.class);
    }

    @Override
    public void remove(String tenantId, String notificationId) {
        mongo.remove(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, notificationId))),
                OutboxDocument.class);
    }

    @Override
    public List<Entry> due(Instant now, int limit) {
        Query query = Query.query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(query, OutboxDocument.class).stream().map(OutboxDocument::toEntry).toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), OutboxDocument.class);
    }
}
