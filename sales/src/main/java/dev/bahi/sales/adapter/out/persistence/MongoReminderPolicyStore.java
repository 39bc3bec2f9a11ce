package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.application.port.out.ReminderPolicyStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One policy document per shop, keyed {@code <tenantId>:reminder-policy}. {@code scannedOn} is written only by the
 * scan and dropped by a policy save (a whole-document replace), so that a changed policy is scanned again today.
 */
public final class MongoReminderPolicyStore implements ReminderPolicyStore {
    static final String COLLECTION = "reminder_policies";
    static final String KEY = "reminder-policy";

    @Document(COLLECTION)
    record ReminderPolicyDocument(@Id String id, String tenantId, boolean enabled, int everyDays,
                                  int minBalanceAgeDays, String localTime, Instant changedAt, String scannedOn) {
        ReminderPolicy toPolicy() {
            return new ReminderPolicy(tenantId, enabled, everyDays, minBalanceAgeDays, localTime, changedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoReminderPolicyStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_enabled", "enabled"));
    }

    @Override
    public void save(ReminderPolicy p) {
        mongo.save(new ReminderPolicyDocument(TenantKeys.id(p.tenantId(), KEY), p.tenantId(), p.enabled(),
                p.everyDays(), p.minBalanceAgeDays(), p.localTime(), p.changedAt(), null));
    }

    @Override
    public Optional<ReminderPolicy> find(String tenantId) {
        return document(tenantId).map(ReminderPolicyDocument::toPolicy);
    }

    @Override
    public List<ReminderPolicy> enabled() {
        return mongo.find(new Query(Criteria.where("enabled").is(true)).with(TenantKeys.byId()),
                ReminderPolicyDocument.class).stream().map(ReminderPolicyDocument::toPolicy).toList();
    }

    @Override
    public Optional<LocalDate> scannedOn(String tenantId) {
        return document(tenantId).map(ReminderPolicyDocument::scannedOn).map(LocalDate::parse);
    }

    @Override
    public void markScanned(String tenantId, LocalDate businessDate) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(TenantKeys.id(tenantId, KEY))
                        .andOperator(TenantKeys.tenant(tenantId))),
                new Update().set("scannedOn", businessDate.toString()), ReminderPolicyDocument.class);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ReminderPolicyDocument.class);
    }

    private Optional<ReminderPolicyDocument> document(String tenantId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, KEY), ReminderPolicyDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()));
    }
}
