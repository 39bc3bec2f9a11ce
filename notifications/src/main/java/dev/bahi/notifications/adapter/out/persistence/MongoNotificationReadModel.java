package dev.bahi.notifications.adapter.out.persistence;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ListNotifications;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.notifications.application.port.out.NotificationReadModel;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Messages keyed {@code <tenantId>:<notificationId>}, listed in the order they were asked for (ids are
 * time-ordered), with status, channel and kind at the top level for the list's filters. Providers' message ids are
 * kept apart, keyed {@code <channel>:<provider id>}: a provider reports statuses without saying which shop a message
 * belongs to, so that lookup alone is not led by a tenant; it answers the tenant.
 */
public final class MongoNotificationReadModel implements NotificationReadModel {
    static final String COLLECTION = "notifications";
    static final String PROVIDER_IDS = "provider_message_ids";

    @Document(COLLECTION)
    record NotificationDocument(@Id String id, String tenantId, String status, String channel, String kind,
                                NotificationView notification) {
        static NotificationDocument of(NotificationView v) {
            return new NotificationDocument(TenantKeys.id(v.tenantId(), v.notificationId()), v.tenantId(),
                    v.status().name(), v.channel().name(), v.kind().name(), v);
        }
    }

    @Document(PROVIDER_IDS)
    record ProviderIdDocument(@Id String id, String tenantId, String notificationId) {
    }

    private final MongoTemplate mongo;

    public MongoNotificationReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_status", "status"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_channel", "channel"));
    }

    @Override
    public void save(NotificationView notification) {
        mongo.save(NotificationDocument.of(notification));
    }

    @Override
    public Optional<NotificationView> find(String tenantId, String notificationId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, notificationId), NotificationDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(NotificationDocument::notification);
    }

    @Override
    public NotificationPage list(ListNotifications query) {
        Criteria criteria = TenantKeys.tenant(query.tenantId());
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status().name());
        }
        if (query.channel() != null) {
            criteria = criteria.and("channel").is(query.channel().name());
        }
        if (query.kind() != null) {
            criteria = criteria.and("kind").is(query.kind().name());
        }
        CursorPage<NotificationView> page = CursorPage.read(mongo, criteria, NotificationDocument.class,
                NotificationDocument::id, NotificationDocument::notification, query.limit(), query.cursor());
        return new NotificationPage(page.items(), page.nextCursor());
    }

    @Override
    public void rememberProviderId(Channel channel, String providerMessageId, String tenantId,
                                   String notificationId) {
        mongo.save(new ProviderIdDocument(providerKey(channel, providerMessageId), tenantId, notificationId));
    }

    @Override
    public Optional<MessageRef> findByProviderId(Channel channel, String providerMessageId) {
        return Optional.ofNullable(mongo.findById(providerKey(channel, providerMessageId), ProviderIdDocument.class))
                .map(d -> new MessageRef(d.tenantId(), d.notificationId()));
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), NotificationDocument.class);
        mongo.remove(new Query(), ProviderIdDocument.class);
    }

    private static String providerKey(Channel channel, String providerMessageId) {
        return channel.name() + ":" + providerMessageId;
    }
}
