package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.application.port.out.PaymentReadModel;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Payments keyed {@code <tenantId>:<paymentId>}, listed in the order they were recorded (ids are time-ordered).
 * Business date, method and status sit at the top level of the document for the list's filters.
 */
public final class MongoPaymentReadModel implements PaymentReadModel {
    static final String COLLECTION = "payments";

    @Document(COLLECTION)
    record PaymentDocument(@Id String id, String tenantId, String businessDate, String method, String status,
                           PaymentView payment) {
        static PaymentDocument of(PaymentView v) {
            return new PaymentDocument(TenantKeys.id(v.tenantId(), v.paymentId()), v.tenantId(), v.businessDate(),
                    v.method().name(), v.status().name(), v);
        }
    }

    private final MongoTemplate mongo;

    public MongoPaymentReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_date", "businessDate"));
    }

    @Override
    public void save(PaymentView payment) {
        mongo.save(PaymentDocument.of(payment));
    }

    @Override
    public Optional<PaymentView> find(String tenantId, String paymentId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, paymentId), PaymentDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(PaymentDocument::payment);
    }

    @Override
    public PaymentPage list(ListPayments query) {
        Criteria criteria = TenantKeys.tenant(query.tenantId());
        if (query.from() != null || query.to() != null) {
            Criteria date = criteria.and("businessDate");
            if (query.from() != null) {
                date = date.gte(query.from().toString());
            }
            if (query.to() != null) {
                date.lte(query.to().toString());
            }
        }
        if (query.method() != null) {
            criteria = criteria.and("method").is(query.method().name());
        }
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status().name());
        }
        CursorPage<PaymentView> page = CursorPage.read(mongo, criteria, PaymentDocument.class, PaymentDocument::id,
                PaymentDocument::payment, query.limit(), query.cursor());
        return new PaymentPage(page.items(), page.nextCursor());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), PaymentDocument.class);
    }
}
