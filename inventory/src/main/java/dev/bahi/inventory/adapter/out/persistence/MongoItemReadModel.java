package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.application.port.out.ItemReadModel;
import dev.bahi.platform.runtime.mongo.BulkSaves;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Items keyed {@code <tenantId>:<itemId>}, listed in catalogue (id) order. Name, SKU and barcode sit at the top
 * level of the document for search; the name also lower-cased, so that search ignores case on any store.
 */
public final class MongoItemReadModel implements ItemReadModel {
    static final String COLLECTION = "items";
    static final int MAX_QUERY_LENGTH = 100;

    @Document(COLLECTION)
    record ItemDocument(@Id String id, String tenantId, String itemId, String sku, String nameLower, String barcode,
                        ItemDetails details, BigDecimal onHand, long stockValue, boolean lowStock, boolean archived,
                        Instant registeredAt, Instant updatedAt) {
        static ItemDocument of(ItemView v) {
            return new ItemDocument(TenantKeys.id(v.tenantId(), v.itemId()), v.tenantId(), v.itemId(),
                    v.details().sku(), v.details().name().toLowerCase(Locale.ROOT), v.details().barcode(), v.details(),
                    v.onHand(), v.stockValue(), v.lowStock(), v.archived(), v.registeredAt(), v.updatedAt());
        }

        ItemView toView() {
            return new ItemView(itemId, tenantId, details, onHand, stockValue, lowStock, archived, registeredAt,
                    updatedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoItemReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_sku", "sku"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_barcode", "barcode"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_low_stock", "lowStock"));
    }

    @Override
    public void save(ItemView item) {
        mongo.save(ItemDocument.of(item));
    }

    @Override
    public void saveAll(Collection<ItemView> items) {
        BulkSaves.saveAll(mongo, ItemDocument.class, items.stream().map(ItemDocument::of).toList(), ItemDocument::id);
    }

    @Override
    public Optional<ItemView> find(String tenantId, String itemId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, itemId), ItemDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()))
                .map(ItemDocument::toView);
    }

    @Override
    public ItemPage list(ListItems query) {
        Criteria criteria = TenantKeys.tenant(query.tenantId());
        if (!query.includeArchived()) {
            criteria = criteria.and("archived").is(false);
        }
        if (query.lowStock()) {
            criteria = criteria.and("lowStock").is(true);
        }
        // A regex for the store cannot hold U+0000 (BSON strings end there); no name or SKU contains one either.
        String q = query.q() == null ? "" : query.q().replace("\u0000", "").trim();
        if (!q.isEmpty()) {
            String text = q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("nameLower").regex(Pattern.quote(text.toLowerCase(Locale.ROOT))),
                    Criteria.where("sku").regex("^" + Pattern.quote(text.toUpperCase(Locale.ROOT))),
                    Criteria.where("barcode").is(text)));
        }
        CursorPage<ItemView> page = CursorPage.read(mongo, criteria, ItemDocument.class, ItemDocument::id,
                ItemDocument::toView, query.limit(), query.cursor());
        return new ItemPage(page.items(), page.nextCursor());
    }

    @Override
    public StockValuation valuation(String tenantId, Integer limit, String cursor) {
        Criteria active = TenantKeys.tenant(tenantId).and("archived").is(false);
        CursorPage<ItemView> page = CursorPage.read(mongo, active, ItemDocument.class, ItemDocument::id,
                ItemDocument::toView, limit, cursor);
        long total = 0;
        long count = 0;
        long unpriced = 0;
        List<ItemDocument> all = mongo.find(new Query(active), ItemDocument.class);
        for (ItemDocument item : all) {
            total += item.stockValue();
            count++;
            if (item.details().purchasePrice() == null && item.onHand().signum() > 0) {
                unpriced++;
            }
        }
        return new StockValuation(total, count, unpriced, page.items(), page.nextCursor());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), ItemDocument.class);
    }
}
