package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.application.port.out.PaymentAnalyticsEntry;
import dev.bahi.payments.application.port.out.PaymentAnalyticsReadModel;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per payment keyed {@code <tenantId>:<paymentId>}, with its business date, method, status, amount and
 * refunded total (paise); a range of a shop's days is read through the tenant-and-date index.
 */
public final class MongoPaymentAnalyticsReadModel implements PaymentAnalyticsReadModel {
    static final String COLLECTION = "payment_analytics";

    @Document(COLLECTION)
    record PaymentAnalyticsDocument(@Id String id, String tenantId, String paymentId, String businessDate,
                                    String method, String status, long amount, long refunded) {
        static PaymentAnalyticsDocument of(PaymentAnalyticsEntry e) {
            return new PaymentAnalyticsDocument(TenantKeys.id(e.tenantId(), e.paymentId()), e.tenantId(),
                    e.paymentId(), e.businessDate(), e.method().name(), e.status().name(), e.amount(), e.refunded());
        }

        PaymentAnalyticsEntry entry() {
            return new PaymentAnalyticsEntry(tenantId, paymentId, businessDate, PaymentMethod.valueOf(method),
                    PaymentStatus.valueOf(status), amount, refunded);
        }
    }

    private final MongoTemplate mongo;

    public MongoPaymentAnalyticsReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_date", "businessDate"));
    }

    @Override
    public void save(PaymentAnalyticsEntry entry) {
        mongo.save(PaymentAnalyticsDocument.of(entry));
    }

    @Override
    public Optional<PaymentAnalyticsEntry> find(String tenantId, String paymentId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, paymentId), PaymentAnalyticsDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(PaymentAnalyticsDocument::entry);
    }

    @Override
    public List<PaymentAnalyticsEntry> between(String tenantId, LocalDate from, LocalDate to) {
        Query query = new Query(TenantKeys.tenant(tenantId).and("businessDate").gte(from.toString())
                .lte(to.toString())).with(Sort.by("businessDate", "_id"));
        return mongo.find(query, PaymentAnalyticsDocument.class).stream().map(PaymentAnalyticsDocument::entry)
                .toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), PaymentAnalyticsDocument.class);
    }
}
