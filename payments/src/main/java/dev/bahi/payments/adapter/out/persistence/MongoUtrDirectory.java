package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.payments.application.port.out.UtrDirectory;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.runtime.mongo.UniqueKeys;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** UTRs keyed {@code <tenantId>:<utr>} in {@code utrs}: the store's unique {@code _id} decides who wins a race. */
public final class MongoUtrDirectory implements UtrDirectory {
    static final String COLLECTION = "utrs";

    private final UniqueKeys utrs;

    public MongoUtrDirectory(MongoTemplate mongo) {
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_payment", "paymentId"));
        this.utrs = new UniqueKeys(mongo, COLLECTION, "utr", "paymentId");
    }

    @Override
    public boolean claim(String tenantId, String utr, String paymentId) {
        if (utrs.claim(tenantId, utr, paymentId)) {
            return true;
        }
        if (utrs.ownerOf(tenantId, utr).filter(paymentId::equals).isPresent()) {
            return false;
        }
        throw new StateConflict("UTR_ALREADY_RECORDED", "UTR " + utr + " is already recorded for another payment");
    }

    @Override
    public void release(String tenantId, String utr, String paymentId) {
        utrs.release(tenantId, utr, paymentId);
    }

    @Override
    public Optional<String> paymentOf(String tenantId, String utr) {
        return utrs.ownerOf(tenantId, utr);
    }
}
