package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.inventory.application.port.out.SkuDirectory;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** SKUs keyed {@code <tenantId>:<sku>}: the store's unique {@code _id} decides who wins a race. */
public final class MongoSkuDirectory implements SkuDirectory {
    static final String COLLECTION = "skus";

    @Document(COLLECTION)
    record SkuDocument(@Id String id, String tenantId, String sku, String itemId) {
    }

    private final MongoTemplate mongo;

    public MongoSkuDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_item", "itemId"));
    }

    @Override
    public void claim(String tenantId, String sku, String itemId) {
        try {
            mongo.insert(new SkuDocument(TenantKeys.id(tenantId, sku), tenantId, sku, itemId));
        } catch (DuplicateKeyException e) {
            throw new StateConflict("SKU_TAKEN", "SKU " + sku + " is already an item of this shop");
        }
    }

    @Override
    public void release(String tenantId, String sku, String itemId) {
        mongo.remove(Query.query(Criteria.where("_id").is(TenantKeys.id(tenantId, sku)).and("itemId").is(itemId)),
                SkuDocument.class);
    }

    @Override
    public Optional<String> itemOf(String tenantId, String sku) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, sku), SkuDocument.class))
                .map(SkuDocument::itemId);
    }
}
