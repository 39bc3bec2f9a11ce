package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.inventory.application.port.out.SkuDirectory;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.runtime.mongo.UniqueKeys;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** SKUs keyed {@code <tenantId>:<sku>} in {@code skus}: the store's unique {@code _id} decides who wins a race. */
public final class MongoSkuDirectory implements SkuDirectory {
    static final String COLLECTION = "skus";

    private final UniqueKeys skus;

    public MongoSkuDirectory(MongoTemplate mongo) {
        // Led by the shop, like every index here: a value can be found from its owner.
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_item", "itemId"));
        this.skus = new UniqueKeys(mongo, COLLECTION, "sku", "itemId");
    }

    @Override
    public void claim(String tenantId, String sku, String itemId) {
        if (!skus.claim(tenantId, sku, itemId)) {
            throw new StateConflict("SKU_TAKEN", "SKU " + sku + " is already an item of this shop");
        }
    }

    @Override
    public void release(String tenantId, String sku, String itemId) {
        skus.release(tenantId, sku, itemId);
    }

    @Override
    public Optional<String> itemOf(String tenantId, String sku) {
        return skus.ownerOf(tenantId, sku);
    }
}
