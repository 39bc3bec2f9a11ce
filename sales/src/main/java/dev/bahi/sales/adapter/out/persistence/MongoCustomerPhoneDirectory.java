package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.runtime.mongo.UniqueKeys;
import dev.bahi.sales.application.port.out.CustomerPhoneDirectory;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Customers' phones keyed {@code <tenantId>:<phone>}: the store's unique {@code _id} decides who wins a race. */
public final class MongoCustomerPhoneDirectory implements CustomerPhoneDirectory {
    static final String COLLECTION = "customer_phones";

    private final UniqueKeys phones;

    public MongoCustomerPhoneDirectory(MongoTemplate mongo) {
        // Led by the shop, like every index here: a value can be found from its owner.
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer", "customerId"));
        this.phones = new UniqueKeys(mongo, COLLECTION, "phone", "customerId");
    }

    @Override
    public void claim(String tenantId, String phone, String customerId) {
        if (!phones.claim(tenantId, phone, customerId)) {
            throw new StateConflict("PHONE_TAKEN", "phone " + phone + " is already a customer of this shop");
        }
    }

    @Override
    public void release(String tenantId, String phone, String customerId) {
        phones.release(tenantId, phone, customerId);
    }

    @Override
    public Optional<String> customerOf(String tenantId, String phone) {
        return phones.ownerOf(tenantId, phone);
    }
}
