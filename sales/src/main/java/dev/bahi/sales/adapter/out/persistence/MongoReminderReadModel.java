package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.application.port.out.ReminderReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reminders keyed {@code <tenantId>:<reminderId>}, read per customer newest first (reminder ids are time-ordered,
 * and a customer has at most one reminder per business date).
 */
public final class MongoReminderReadModel implements ReminderReadModel {
    static final String COLLECTION = "reminders";

    @Document(COLLECTION)
    record ReminderDocument(@Id String id, String tenantId, String reminderId, String customerId, long balance,
                            String upiLink, ReminderChannel channel, String note, boolean automatic,
                            String requestedOn, Instant requestedAt) {
        static ReminderDocument of(ReminderView v) {
            return new ReminderDocument(TenantKeys.id(v.tenantId(), v.reminderId()), v.tenantId(), v.reminderId(),
                    v.customerId(), v.balance(), v.upiLink(), v.channel(), v.note(), v.automatic(), v.requestedOn(),
                    v.requestedAt());
        }

        ReminderView toView() {
            return new ReminderView(reminderId, tenantId, customerId, balance, upiLink, channel, note, automatic,
                    requestedOn, requestedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoReminderReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer_date", "customerId", "requestedOn"));
    }

    @Override
    public void save(ReminderView reminder) {
        mongo.save(ReminderDocument.of(reminder));
    }

    @Override
    public List<ReminderView> ofCustomer(String tenantId, String customerId, int limit) {
        return mongo.find(ofCustomer(tenantId, customerId).limit(limit), ReminderDocument.class).stream()
                .map(ReminderDocument::toView).toList();
    }

    @Override
    public Optional<String> lastRemindedOn(String tenantId, String customerId) {
        return Optional.ofNullable(mongo.findOne(ofCustomer(tenantId, customerId).limit(1), ReminderDocument.class))
                .map(ReminderDocument::requestedOn);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ReminderDocument.class);
    }

    private static Query ofCustomer(String tenantId, String customerId) {
        return new Query(TenantKeys.tenant(tenantId).and("customerId").is(customerId))
                .with(Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.desc("_id")));
    }
}
