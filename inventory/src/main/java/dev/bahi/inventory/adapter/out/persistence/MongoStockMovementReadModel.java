package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.Unit;
import dev.bahi.inventory.application.port.out.StockMovementReadModel;
import dev.bahi.platform.runtime.mongo.BulkSaves;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stock movements keyed {@code <tenantId>:<itemId>:<sequence, zero-padded>}, so that id order is history order
 * and a page of one item's history is a range read.
 */
public final class MongoStockMovementReadModel implements StockMovementReadModel {
    static final String COLLECTION = "stock_movements";

    @Document(COLLECTION)
    record MovementDocument(@Id String id, String tenantId, String itemId, long sequence, String movementId,
                            StockMovementKind kind, BigDecimal quantity, BigDecimal change, BigDecimal balance,
                            Unit unit, Long unitCost, String supplier, String reference, String note,
                            Instant recordedAt) {
        static MovementDocument of(String tenantId, StockMovementView m) {
            return new MovementDocument(TenantKeys.id(tenantId, m.itemId() + ":" + String.format("%012d", m.sequence())),
                    tenantId, m.itemId(), m.sequence(), m.movementId(), m.kind(), m.quantity(), m.change(),
                    m.balance(), m.unit(), m.unitCost(), m.supplier(), m.reference(), m.note(), m.recordedAt());
        }

        StockMovementView toView() {
            return new StockMovementView(movementId, itemId, sequence, kind, quantity, change, balance, unit, unitCost,
                    supplier, reference, note, recordedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoStockMovementReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_item_sequence", "itemId", "sequence"));
    }

    @Override
    public void save(String tenantId, StockMovementView movement) {
        mongo.save(MovementDocument.of(tenantId, movement));
    }

    @Override
    public void saveAll(String tenantId, Collection<StockMovementView> movements) {
        BulkSaves.saveAll(mongo, MovementDocument.class,
                movements.stream().map(m -> MovementDocument.of(tenantId, m)).toList(), MovementDocument::id);
    }

    @Override
    public StockMovementPage list(String tenantId, String itemId, Integer limit, String cursor) {
        CursorPage<StockMovementView> page = CursorPage.read(mongo, TenantKeys.tenant(tenantId).and("itemId").is(itemId),
                MovementDocument.class, MovementDocument::id, MovementDocument::toView, limit, cursor);
        return new StockMovementPage(page.items(), page.nextCursor());
    }

    @Override
    public Optional<StockMovementView> lastAtOrBefore(String tenantId, String itemId, Instant asOf) {
        Query query = new Query(TenantKeys.tenant(tenantId).and("itemId").is(itemId).and("recordedAt").lte(asOf))
                .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, MovementDocument.class)).map(MovementDocument::toView);
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), MovementDocument.class);
    }
}
