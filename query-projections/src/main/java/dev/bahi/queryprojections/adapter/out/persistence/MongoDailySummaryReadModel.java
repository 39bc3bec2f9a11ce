package dev.bahi.queryprojections.adapter.out.persistence;

import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.queryprojections.application.port.out.DailySummaryReadModel;
import dev.bahi.queryprojections.domain.CreditFact;
import dev.bahi.queryprojections.domain.LowStockFact;
import dev.bahi.queryprojections.domain.MoneyFact;
import dev.bahi.queryprojections.domain.PaymentFact;
import dev.bahi.queryprojections.domain.ReturnFact;
import dev.bahi.queryprojections.domain.SaleFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One collection per kind of fact, each document keyed {@code <tenantId>:<id of the event's subject>} so that
 * saving a fact again replaces it; a shop's range of days is read through the tenant-and-date index of each.
 */
public final class MongoDailySummaryReadModel implements DailySummaryReadModel {
    static final String SHOPS = "daily_summary_shops";
    static final String SALES = "daily_summary_sales";
    static final String CANCELLATIONS = "daily_summary_cancellations";
    static final String RETURNS = "daily_summary_returns";
    static final String PAYMENTS = "daily_summary_payments";
    static final String MONEY = "daily_summary_money";
    static final String CREDIT = "daily_summary_credit";
    static final String LOW_STOCK = "daily_summary_low_stock";
    private static final String DATE = "businessDate";

    @Document(SHOPS)
    record ShopDocument(@Id String id, String tenantId, String zone) {
    }

    @Document(SALES)
    record SaleDocument(@Id String id, String tenantId, String saleId, String businessDate, long grandTotal,
                        long discount, long taxableValue, long cgst, long sgst, long igst, long cess,
                        List<LineDocument> lines) {
        static SaleDocument of(SaleFact f) {
            return new SaleDocument(TenantKeys.id(f.tenantId(), f.saleId()), f.tenantId(), f.saleId(),
                    f.businessDate(), f.grandTotal(), f.discount(), f.taxableValue(), f.cgst(), f.sgst(), f.igst(),
                    f.cess(), f.lines().stream().map(l -> new LineDocument(l.itemId(), l.name(),
                            l.quantity() == null ? null : l.quantity().toPlainString(), l.unit(), l.amount())).toList());
        }

        SaleFact fact() {
            return new SaleFact(tenantId, saleId, businessDate, grandTotal, discount, taxableValue, cgst, sgst, igst,
                    cess, lines == null ? List.of() : lines.stream().map(l -> new SaleFact.Line(l.itemId(), l.name(),
                            decimal(l.quantity()), l.unit(), l.amount())).toList());
        }
    }

    /** A sale line; quantities kept as decimal text, exactly. */
    record LineDocument(String itemId, String name, String quantity, String unit, long amount) {
    }

    @Document(CANCELLATIONS)
    record CancellationDocument(@Id String id, String tenantId, String saleId) {
    }

    @Document(RETURNS)
    record ReturnDocument(@Id String id, String tenantId, String returnId, String saleId, String businessDate,
                          long amount) {
        static ReturnDocument of(ReturnFact f) {
            return new ReturnDocument(TenantKeys.id(f.tenantId(), f.returnId()), f.tenantId(), f.returnId(),
                    f.saleId(), f.businessDate(), f.amount());
        }

        ReturnFact fact() {
            return new ReturnFact(tenantId, returnId, saleId, businessDate, amount);
        }
    }

    @Document(PAYMENTS)
    record PaymentDocument(@Id String id, String tenantId, String paymentId, String saleId, String method,
                           long amount, boolean counter, boolean succeeded, String businessDate) {
        static PaymentDocument of(PaymentFact f) {
            return new PaymentDocument(TenantKeys.id(f.tenantId(), f.paymentId()), f.tenantId(), f.paymentId(),
                    f.saleId(), f.method(), f.amount(), f.counter(), f.succeeded(), f.businessDate());
        }

        PaymentFact fact() {
            return new PaymentFact(tenantId, paymentId, saleId, method, amount, counter, succeeded, businessDate);
        }
    }

    @Document(MONEY)
    record MoneyDocument(@Id String id, String tenantId, String moneyId, String paymentId, String saleId,
                         boolean counter, String method, String businessDate, long amount) {
        static MoneyDocument of(MoneyFact f) {
            return new MoneyDocument(TenantKeys.id(f.tenantId(), f.id()), f.tenantId(), f.id(), f.paymentId(),
                    f.saleId(), f.counter(), f.method(), f.businessDate(), f.amount());
        }

        MoneyFact fact() {
            return new MoneyFact(tenantId, moneyId, paymentId, saleId, counter, method, businessDate, amount);
        }
    }

    @Document(CREDIT)
    record CreditDocument(@Id String id, String tenantId, String entryId, String saleId, String kind,
                          String businessDate, long amount) {
        static CreditDocument of(CreditFact f) {
            return new CreditDocument(TenantKeys.id(f.tenantId(), f.entryId()), f.tenantId(), f.entryId(),
                    f.saleId(), f.kind().name(), f.businessDate(), f.amount());
        }

        CreditFact fact() {
            return new CreditFact(tenantId, entryId, saleId, CreditFact.Kind.valueOf(kind), businessDate, amount);
        }
    }

    @Document(LOW_STOCK)
    record LowStockDocument(@Id String id, String tenantId, String itemId, String sku, String name, String onHand,
                            String minStock, String unit, String businessDate, String detectedAt) {
        static LowStockDocument of(LowStockFact f) {
            return new LowStockDocument(lowStockId(f.tenantId(), f.itemId(), f.businessDate()), f.tenantId(),
                    f.itemId(), f.sku(), f.name(), text(f.onHand()), text(f.minStock()), f.unit(), f.businessDate(),
                    f.detectedAt().toString());
        }

        LowStockFact fact() {
            return new LowStockFact(tenantId, itemId, sku, name, decimal(onHand), decimal(minStock), unit,
                    businessDate, Instant.parse(detectedAt));
        }
    }

    private final MongoTemplate mongo;

    public MongoDailySummaryReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        for (String collection : List.of(SALES, RETURNS, MONEY, CREDIT, LOW_STOCK)) {
            mongo.indexOps(collection).ensureIndex(TenantKeys.index("tenant_date", DATE));
        }
        mongo.indexOps(CANCELLATIONS).ensureIndex(TenantKeys.index("tenant_sale", "saleId"));
    }

    @Override
    public void saveShopZone(String tenantId, String zoneId) {
        mongo.save(new ShopDocument(TenantKeys.id(tenantId, tenantId), tenantId, zoneId));
    }

    @Override
    public Optional<String> shopZone(String tenantId) {
        return find(TenantKeys.id(tenantId, tenantId), tenantId, ShopDocument.class, ShopDocument::tenantId)
                .map(ShopDocument::zone);
    }

    @Override
    public void save(SaleFact sale) {
        mongo.save(SaleDocument.of(sale));
    }

    @Override
    public void saveCancellation(String tenantId, String saleId) {
        mongo.save(new CancellationDocument(TenantKeys.id(tenantId, saleId), tenantId, saleId));
    }

    @Override
    public void save(ReturnFact creditNote) {
        mongo.save(ReturnDocument.of(creditNote));
    }

    @Override
    public void save(PaymentFact payment) {
        mongo.save(PaymentDocument.of(payment));
    }

    @Override
    public Optional<PaymentFact> payment(String tenantId, String paymentId) {
        return find(TenantKeys.id(tenantId, paymentId), tenantId, PaymentDocument.class, PaymentDocument::tenantId)
                .map(PaymentDocument::fact);
    }

    @Override
    public void save(MoneyFact money) {
        mongo.save(MoneyDocument.of(money));
    }

    @Override
    public void save(CreditFact entry) {
        mongo.save(CreditDocument.of(entry));
    }

    @Override
    public void save(LowStockFact lowStock) {
        mongo.save(LowStockDocument.of(lowStock));
    }

    @Override
    public Optional<LowStockFact> lowStock(String tenantId, String itemId, String businessDate) {
        return find(lowStockId(tenantId, itemId, businessDate), tenantId, LowStockDocument.class,
                LowStockDocument::tenantId).map(LowStockDocument::fact);
    }

    @Override
    public List<SaleFact> sales(String tenantId, LocalDate from, LocalDate to) {
        return between(tenantId, from, to, SaleDocument.class).stream().map(SaleDocument::fact).toList();
    }

    @Override
    public List<ReturnFact> returns(String tenantId, LocalDate from, LocalDate to) {
        return between(tenantId, from, to, ReturnDocument.class).stream().map(ReturnDocument::fact).toList();
    }

    @Override
    public List<MoneyFact> money(String tenantId, LocalDate from, LocalDate to) {
        return between(tenantId, from, to, MoneyDocument.class).stream().map(MoneyDocument::fact).toList();
    }

    @Override
    public List<CreditFact> credit(String tenantId, LocalDate from, LocalDate to) {
        return between(tenantId, from, to, CreditDocument.class).stream().map(CreditDocument::fact).toList();
    }

    @Override
    public List<LowStockFact> lowStock(String tenantId, LocalDate from, LocalDate to) {
        return between(tenantId, from, to, LowStockDocument.class).stream().map(LowStockDocument::fact).toList();
    }

    @Override
    public Set<String> cancelledAmong(String tenantId, Collection<String> saleIds) {
        if (saleIds.isEmpty()) {
            return Set.of();
        }
        Query query = new Query(TenantKeys.tenant(tenantId).and("saleId").in(saleIds));
        return mongo.find(query, CancellationDocument.class).stream().map(CancellationDocument::saleId)
                .collect(Collectors.toSet());
    }

    @Override
    public void clear() {
        for (Class<?> type : List.of(ShopDocument.class, SaleDocument.class, CancellationDocument.class,
                ReturnDocument.class, PaymentDocument.class, MoneyDocument.class, CreditDocument.class,
                LowStockDocument.class)) {
            mongo.remove(new Query(), type);
        }
    }

    private <T> List<T> between(String tenantId, LocalDate from, LocalDate to, Class<T> type) {
        Query query = new Query(TenantKeys.tenant(tenantId).and(DATE).gte(from.toString()).lte(to.toString()))
                .with(Sort.by(DATE, "_id"));
        return mongo.find(query, type);
    }

    private <T> Optional<T> find(String id, String tenantId, Class<T> type, Function<T, String> tenantOf) {
        return Optional.ofNullable(mongo.findById(id, type)).filter(d -> tenantId.equals(tenantOf.apply(d)));
    }

    private static String lowStockId(String tenantId, String itemId, String businessDate) {
        return TenantKeys.id(tenantId, itemId + ":" + businessDate);
    }

    private static String text(BigDecimal quantity) {
        return quantity == null ? null : quantity.toPlainString();
    }

    private static BigDecimal decimal(String quantity) {
        return quantity == null ? null : new BigDecimal(quantity);
    }
}
