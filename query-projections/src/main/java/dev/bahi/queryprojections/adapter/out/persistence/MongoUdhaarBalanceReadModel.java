package dev.bahi.queryprojections.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.queryprojections.application.port.out.UdhaarBalanceReadModel;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Customer;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Line;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Customers keyed {@code <tenantId>:<customerId>} and khata lines keyed {@code <tenantId>:<entryId>}, found by shop
 * and business date (dates as yyyy-MM-dd compare as text).
 */
public final class MongoUdhaarBalanceReadModel implements UdhaarBalanceReadModel {
    static final String CUSTOMERS = "udhaar_balance_customers";
    static final String LINES = "udhaar_balance_lines";

    @Document(CUSTOMERS)
    record CustomerDocument(@Id String id, String tenantId, String customerId, String name, String phone) {
    }

    @Document(LINES)
    record LineDocument(@Id String id, String tenantId, String customerId, long sequence, String date, long debit,
                        long credit, String saleId, boolean cancelsSale) {
    }

    private final MongoTemplate mongo;

    public MongoUdhaarBalanceReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(LINES).ensureIndex(TenantKeys.index("tenant_date", "date"));
    }

    @Override
    public void saveCustomer(String tenantId, Customer c) {
        mongo.save(new CustomerDocument(TenantKeys.id(tenantId, c.customerId()), tenantId, c.customerId(), c.name(),
                c.phone()));
    }

    @Override
    public void saveLine(String tenantId, String entryId, Line l) {
        mongo.save(new LineDocument(TenantKeys.id(tenantId, entryId), tenantId, l.customerId(), l.sequence(),
                l.date().toString(), l.debit(), l.credit(), l.saleId(), l.cancelsSale()));
    }

    @Override
    public List<Customer> customers(String tenantId) {
        return mongo.find(Query.query(TenantKeys.tenant(tenantId)).with(TenantKeys.byId()), CustomerDocument.class)
                .stream().map(d -> new Customer(d.customerId(), d.name(), d.phone())).toList();
    }

    @Override
    public List<Line> lines(String tenantId, String asOf) {
        Criteria criteria = TenantKeys.tenant(tenantId).and("date").lte(asOf);
        return mongo.find(Query.query(criteria), LineDocument.class).stream()
                .map(d -> new Line(d.customerId(), d.sequence(), LocalDate.parse(d.date()), d.debit(), d.credit(),
                        d.saleId(), d.cancelsSale()))
                .toList();
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), CustomerDocument.class);
        mongo.remove(new Query(), LineDocument.class);
    }
}
