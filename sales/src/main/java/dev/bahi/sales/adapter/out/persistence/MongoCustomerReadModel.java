package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.application.port.out.CustomerReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Customers keyed {@code <tenantId>:<customerId>}, listed in the order they were opened (customer ids are
 * time-ordered). The name (lower-cased, so that search ignores case on any store) and the phone sit at the top
 * level for search; {@code lastSequence} is the khata entry the balance is from, so that an entry handled twice
 * or late never puts an older balance back.
 */
public final class MongoCustomerReadModel implements CustomerReadModel {
    static final String COLLECTION = "customers";
    static final int MAX_QUERY_LENGTH = 100;

    @Document(COLLECTION)
    record CustomerDocument(@Id String id, String tenantId, String customerId, String nameLower, String phone,
                            CustomerDetails details, long balance, long lastSequence, Instant openedAt,
                            Instant updatedAt) {
        static CustomerDocument of(CustomerView v, long lastSequence) {
            return new CustomerDocument(TenantKeys.id(v.tenantId(), v.customerId()), v.tenantId(), v.customerId(),
                    v.details().name().toLowerCase(Locale.ROOT), v.details().phone(), v.details(), v.balance(),
                    lastSequence, v.openedAt(), v.updatedAt());
        }

        CustomerView toView() {
            return new CustomerView(customerId, tenantId, details, balance, openedAt, updatedAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoCustomerReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_name", "nameLower"));
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_phone", "phone"));
    }

    @Override
    public void open(CustomerView customer) {
        try {
            mongo.insert(CustomerDocument.of(customer, 0));
        } catch (DuplicateKeyException e) {
            // already opened: what is there is this event or newer
        }
    }

    @Override
    public void changeDetails(String tenantId, String customerId, CustomerDetails details, Instant changedAt) {
        document(tenantId, customerId).ifPresent(d -> mongo.save(CustomerDocument.of(new CustomerView(customerId,
                tenantId, details, d.balance(), d.openedAt(), later(d.updatedAt(), changedAt)), d.lastSequence())));
    }

    @Override
    public void recordBalance(String tenantId, String customerId, long sequence, long balance, Instant recordedAt) {
        document(tenantId, customerId).filter(d -> sequence > d.lastSequence()).ifPresent(d -> mongo.save(
                CustomerDocument.of(new CustomerView(customerId, tenantId, d.details(), balance, d.openedAt(),
                        later(d.updatedAt(), recordedAt)), sequence)));
    }

    @Override
    public Optional<CustomerView> find(String tenantId, String customerId) {
        return document(tenantId, customerId).map(CustomerDocument::toView);
    }

    @Override
    public CustomerPage list(ListCustomers query) {
        Criteria criteria = TenantKeys.tenant(query.tenantId());
        // A regex for the store cannot hold U+0000 (BSON strings end there); no name or SKU contains one either.
        String q = query.q() == null ? "" : query.q().replace("\u0000", "").trim();
        if (!q.isEmpty()) {
            String text = q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
            List<Criteria> matches = new ArrayList<>();
            matches.add(Criteria.where("nameLower").regex(Pattern.quote(text.toLowerCase(Locale.ROOT))));
            String digits = text.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                matches.add(Criteria.where("phone").regex(Pattern.quote(digits)));
            }
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(matches));
        }
        CursorPage<CustomerView> page = CursorPage.read(mongo, criteria, CustomerDocument.class, CustomerDocument::id,
                CustomerDocument::toView, query.limit(), query.cursor());
        return new CustomerPage(page.items(), page.nextCursor());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), CustomerDocument.class);
    }

    private Optional<CustomerDocument> document(String tenantId, String customerId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, customerId), CustomerDocument.class))
                .filter(d -> tenantId.equals(d.tenantId()) && customerId.equals(d.customerId()));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
