package dev.bahi.queryprojections.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.queryprojections.application.port.out.StockSummaryReadModel;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Item;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Movement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** Items keyed {@code <tenantId>:<itemId>}, movements keyed {@code <tenantId>:<movementId>} and found by time. */
public final class MongoStockSummaryReadModel implements StockSummaryReadModel {
    static final String ITEMS = "stock_summary_items";
    static final String MOVEMENTS = "stock_summary_movements";

    @Document(ITEMS)
    record ItemDocument(@Id String id, String tenantId, String itemId, String sku, String name, String unit,
                        Long purchasePrice) {
    }

    /** Quantities as text: decimals of any scale, compared nowhere in the store. */
    @Document(MOVEMENTS)
    record MovementDocument(@Id String id, String tenantId, String itemId, long sequence, Instant at, String change,
                            String balance, Long unitCost) {
    }

    private final MongoTemplate mongo;

    public MongoStockSummaryReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(MOVEMENTS).ensureIndex(TenantKeys.index("tenant_at", "at"));
    }

    @Override
    public void saveItem(String tenantId, Item i) {
        mongo.save(new ItemDocument(TenantKeys.id(tenantId, i.itemId()), tenantId, i.itemId(), i.sku(), i.name(),
                i.unit(), i.purchasePrice()));
    }

    @Override
    public void saveMovement(String tenantId, String movementId, Movement m) {
        mongo.save(new MovementDocument(TenantKeys.id(tenantId, movementId), tenantId, m.itemId(), m.sequence(),
                m.at(), m.change().toPlainString(), m.balance().toPlainString(), m.unitCost()));
    }

    @Override
    public List<Item> items(String tenantId) {
        return mongo.find(Query.query(TenantKeys.tenant(tenantId)), ItemDocument.class).stream()
                .map(d -> new Item(d.itemId(), d.sku(), d.name(), d.unit(), d.purchasePrice())).toList();
    }

    @Override
    public List<Movement> movementsBefore(String tenantId, Instant end) {
        return mongo.find(Query.query(TenantKeys.tenant(tenantId).and("at").lt(end)), MovementDocument.class)
                .stream().map(d -> new Movement(d.itemId(), d.sequence(), d.at(), new BigDecimal(d.change()),
                        new BigDecimal(d.balance()), d.unitCost())).toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ItemDocument.class);
        mongo.remove(new Query(), MovementDocument.class);
    }
}
