package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.application.port.out.CustomerPhoneDirectory;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Customers' phones keyed {@code <tenantId>:<phone>}: the store's unique {@code _id} decides who wins a race. */
public final class MongoCustomerPhoneDirectory implements CustomerPhoneDirectory {
    static final String COLLECTION = "customer_phones";

    @Document(COLLECTION)
    record PhoneDocument(@Id String id, String tenantId, String phone, String customerId) {
    }

    private final MongoTemplate mongo;

    public MongoCustomerPhoneDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer", "customerId"));
    }

    @Override
    public void claim(String tenantId, String phone, String customerId) {
        try {
            mongo.insert(new PhoneDocument(TenantKeys.id(tenantId, phone), tenantId, phone, customerId));
        } catch (DuplicateKeyException e) {
            throw new StateConflict("PHONE_TAKEN", "phone " + phone + " is already a customer of this shop");
        }
    }

    @Override
    public void release(String tenantId, String phone, String customerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, phone))
                .and("customerId").is(customerId)), PhoneDocument.class);
    }

    @Override
    public Optional<String> customerOf(String tenantId, String phone) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, phone), PhoneDocument.class))
                .filter(d -> tenantId.equals(d.tenantId())).map(PhoneDocument::customerId);
    }
}
