package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.out.SaleReadModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Sales keyed {@code <tenantId>:<saleId>}; sale ids are time-ordered, so id order is the order sales were made.
 * The business date and customer sit at the top level for the list's filters.
 */
public final class MongoSaleReadModel implements SaleReadModel {
    static final String COLLECTION = "sales";

    @Document(COLLECTION)
    record SaleDocument(@Id String id, String tenantId, String businessDate, String customerId, SaleView sale) {
    }

    private final MongoTemplate mongo;

    public MongoSaleReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_date", "businessDate"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer", "customerId"));
    }

    @Override
    public void save(SaleView sale) {
        mongo.save(new SaleDocument(TenantKeys.id(sale.tenantId(), sale.saleId()), sale.tenantId(), sale.businessDate(),
                sale.buyer() == null ? null : sale.buyer().customerId(), sale));
    }

    @Override
    public Optional<SaleView> find(String tenantId, String saleId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, saleId), SaleDocument.class))
                .filter(d -> tenantId.equals(d.tenantId())).map(SaleDocument::sale);
    }

    @Override
    public SalePage list(ListSales query) {
        Criteria criteria = TenantKeys.tenant(query.tenantId());
        String from = date(query.from(), "from");
        String to = date(query.to(), "to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is after to");
        }
        if (from != null || to != null) {
            Criteria day = Criteria.where("businessDate");
            if (from != null) {
                day = day.gte(from);
            }
            if (to != null) {
                day = day.lte(to);
            }
            criteria = new Criteria().andOperator(criteria, day);
        }
        if (query.customerId() != null && !query.customerId().isBlank()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("customerId").is(query.customerId()));
        }
        CursorPage<SaleView> page = CursorPage.read(mongo, criteria, SaleDocument.class, SaleDocument::id,
                SaleDocument::sale, query.limit(), query.cursor());
        return new SalePage(page.items(), page.nextCursor());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), SaleDocument.class);
    }

    private static String date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-24");
        }
    }
}
