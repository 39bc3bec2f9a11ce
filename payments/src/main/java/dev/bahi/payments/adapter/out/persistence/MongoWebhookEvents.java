package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.application.port.out.WebhookEvents;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.runtime.mongo.UniqueKeys;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Applied provider events in {@code webhook_events}, keyed {@code <tenantId>:<provider>:<eventId>}: the store's unique
 * {@code _id} keeps one event from being marked twice.
 */
public final class MongoWebhookEvents implements WebhookEvents {
    static final String COLLECTION = "webhook_events";

    private final UniqueKeys events;

    public MongoWebhookEvents(MongoTemplate mongo) {
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_payment", "paymentId"));
        this.events = new UniqueKeys(mongo, COLLECTION, "event", "paymentId");
    }

    @Override
    public boolean isApplied(String tenantId, String provider, String eventId) {
        return events.ownerOf(tenantId, key(provider, eventId)).isPresent();
    }

    @Override
    public boolean markApplied(String tenantId, String provider, String eventId, String paymentId) {
        return events.claim(tenantId, key(provider, eventId), paymentId);
    }

    private static String key(String provider, String eventId) {
        return provider + ":" + eventId;
    }
}
