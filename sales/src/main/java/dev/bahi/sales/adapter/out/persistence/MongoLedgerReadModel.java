package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.application.port.out.LedgerReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Khata lines keyed {@code <tenantId>:<customerId>:<sequence, zero-padded>}, so that saving an entry again replaces
 * it and id order is the khata's order. The business date sits at the top level for date ranges.
 */
public final class MongoLedgerReadModel implements LedgerReadModel {
    static final String COLLECTION = "ledger_entries";

    @Document(COLLECTION)
    record EntryDocument(@Id String id, String tenantId, String customerId, long sequence, String entryId,
                         String businessDate, LedgerEntryKind kind, long debit, long credit, long balance,
                         String saleId, String reference, String note, String overriddenBy, Instant recordedAt) {
        static EntryDocument of(String tenantId, String customerId, LedgerEntryView e) {
            return new EntryDocument(TenantKeys.id(tenantId, customerId + ":" + String.format("%012d", e.sequence())),
                    tenantId, customerId, e.sequence(), e.entryId(), e.date(), e.kind(), e.debit(), e.credit(),
                    e.balance(), e.saleId(), e.reference(), e.note(), e.overriddenBy(), e.recordedAt());
        }

        LedgerEntryView toView() {
            return new LedgerEntryView(entryId, sequence, businessDate, kind, debit, credit, balance, saleId, reference,
                    note, overriddenBy, recordedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoLedgerReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer_sequence", "customerId", "sequence"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_customer_date", "customerId", "businessDate"));
    }

    @Override
    public void save(String tenantId, String customerId, LedgerEntryView entry) {
        mongo.save(EntryDocument.of(tenantId, customerId, entry));
    }

    @Override
    public List<LedgerEntryView> between(String tenantId, String customerId, String from, String to) {
        Criteria criteria = khata(tenantId, customerId);
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
        return mongo.find(new Query(criteria).with(Sort.by("sequence")), EntryDocument.class).stream()
                .map(EntryDocument::toView).toList();
    }

    @Override
    public Optional<LedgerEntryView> lastBefore(String tenantId, String customerId, String date) {
        return last(new Criteria().andOperator(khata(tenantId, customerId), Criteria.where("businessDate").lt(date)));
    }

    @Override
    public Optional<LedgerEntryView> lastUpTo(String tenantId, String customerId, String date) {
        return last(date == null ? khata(tenantId, customerId)
                : new Criteria().andOperator(khata(tenantId, customerId), Criteria.where("businessDate").lte(date)));
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), EntryDocument.class);
    }

    private Optional<LedgerEntryView> last(Criteria criteria) {
        Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, EntryDocument.class)).map(EntryDocument::toView);
    }

    private static Criteria khata(String tenantId, String customerId) {
        return TenantKeys.tenant(tenantId).and("customerId").is(customerId);
    }
}
