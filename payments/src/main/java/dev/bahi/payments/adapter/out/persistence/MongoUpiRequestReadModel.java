package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.payments.application.port.out.UpiRequestReadModel;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** UPI requests keyed {@code <tenantId>:<upiRequestId>}, with the reference at the top level for the match. */
public final class MongoUpiRequestReadModel implements UpiRequestReadModel {
    static final String COLLECTION = "upi_requests";

    @Document(COLLECTION)
    record UpiRequestDocument(@Id String id, String tenantId, String reference, UpiRequestView request) {
        static UpiRequestDocument of(UpiRequestView v) {
            return new UpiRequestDocument(TenantKeys.id(v.tenantId(), v.upiRequestId()), v.tenantId(), v.reference(),
                    v);
        }
    }

    private final MongoTemplate mongo;

    public MongoUpiRequestReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_reference", "reference"));
    }

    @Override
    public void save(UpiRequestView request) {
        mongo.save(UpiRequestDocument.of(request));
    }

    @Override
    public Optional<UpiRequestView> find(String tenantId, String upiRequestId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, upiRequestId), UpiRequestDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(UpiRequestDocument::request);
    }

    @Override
    public Optional<UpiRequestView> findByReference(String tenantId, String reference) {
        return Optional.ofNullable(mongo.findOne(
                        new Query(TenantKeys.tenant(tenantId).and("reference").is(reference)).with(TenantKeys.byId()),
                        UpiRequestDocument.class))
                .map(UpiRequestDocument::request);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), UpiRequestDocument.class);
    }
}
