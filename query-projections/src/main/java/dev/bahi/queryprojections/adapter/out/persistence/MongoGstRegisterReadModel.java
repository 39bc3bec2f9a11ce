package dev.bahi.queryprojections.adapter.out.persistence;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.queryprojections.application.port.out.GstRegisterReadModel;
import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.GstLine;
import dev.bahi.queryprojections.domain.GstNumberFact;
import dev.bahi.queryprojections.domain.GstSaleFact;
import dev.bahi.queryprojections.domain.GstShopFact;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The GST register in MongoDB: documents keyed {@code <tenantId>:<sale or return id>} and read through the
 * tenant-and-register-key index ({@code <date>|<1 invoice, 2 credit note>|<number>|<id>}), which is also the order
 * of the sales register and what its cursor points into. Amounts in paise, quantities and rates as decimal text.
 */
public final class MongoGstRegisterReadModel implements GstRegisterReadModel {
    static final String SHOPS = "gst_register_shops";
    static final String SALES = "gst_register_sales";
    static final String DOCUMENTS = "gst_register_documents";
    static final String CANCELLATIONS = "gst_register_cancellations";
    static final String NUMBERS = "gst_register_numbers";
    private static final String KEY = "registerKey";

    @Document(SHOPS)
    record GstShopDocument(@Id String id, String tenantId, String registration, String gstin, String stateCode,
                           String zone) {
    }

    @Document(SALES)
    record GstSaleDocument(@Id String id, String tenantId, String saleId, String documentType, String buyerName,
                           String buyerGstin, String placeOfSupply, boolean interState, List<GstLineDocument> lines,
                           long taxable, long cgst, long sgst, long igst, long cess, long total) {
    }

    /** A line; quantity and rate as decimal text, exactly. */
    record GstLineDocument(String hsn, String description, String uqc, String quantity, String rate, long taxable,
                           long cgst, long sgst, long igst, long cess) {
        static GstLineDocument of(GstLine l) {
            return new GstLineDocument(l.hsn(), l.description(), l.uqc(), l.quantity().toPlainString(),
                    l.rate().toPlainString(), l.taxable(), l.cgst(), l.sgst(), l.igst(), l.cess());
        }

        GstLine line() {
            return new GstLine(hsn, description, uqc, new BigDecimal(quantity), new BigDecimal(rate), taxable, cgst,
                    sgst, igst, cess);
        }
    }

    @Document(DOCUMENTS)
    record GstRegisterDocument(@Id String id, String tenantId, String registerKey, String documentId, String saleId,
                               String kind, String number, String date, String documentType, String buyerName,
                               String buyerGstin, String placeOfSupply, boolean interState,
                               List<GstLineDocument> lines, long taxable, long cgst, long sgst, long igst, long cess,
                               long total, String originalInvoiceNumber, String originalInvoiceDate,
                               long originalInvoiceValue) {
        static GstRegisterDocument of(GstDocumentFact f) {
            return new GstRegisterDocument(TenantKeys.id(f.tenantId(), f.documentId()), f.tenantId(), f.registerKey(),
                    f.documentId(), f.saleId(), f.kind().name(), f.number(), f.date(), f.documentType(),
                    f.buyerName(), f.buyerGstin(), f.placeOfSupply(), f.interState(),
                    f.lines().stream().map(GstLineDocument::of).toList(), f.taxable(), f.cgst(), f.sgst(), f.igst(),
                    f.cess(), f.total(), f.originalInvoiceNumber(), f.originalInvoiceDate(), f.originalInvoiceValue());
        }

        GstDocumentFact fact(boolean cancelled, Long sequence) {
            return new GstDocumentFact(tenantId, documentId, saleId, GstDocumentFact.Kind.valueOf(kind), number, date,
                    documentType, buyerName, buyerGstin, placeOfSupply, interState,
                    lines == null ? List.of() : lines.stream().map(GstLineDocument::line).toList(), taxable, cgst,
                    sgst, igst, cess, total, originalInvoiceNumber, originalInvoiceDate, originalInvoiceValue,
                    cancelled, sequence);
        }
    }

    @Document(CANCELLATIONS)
    record GstCancellationDocument(@Id String id, String tenantId, String saleId) {
    }

    @Document(NUMBERS)
    record GstNumberDocument(@Id String id, String tenantId, String documentId, String series, String financialYear,
                             long sequence, String number) {
    }

    private final MongoTemplate mongo;

    public MongoGstRegisterReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(DOCUMENTS).ensureIndex(TenantKeys.index("tenant_register_key", KEY));
        mongo.indexOps(CANCELLATIONS).ensureIndex(TenantKeys.index("tenant_sale", "saleId"));
        mongo.indexOps(NUMBERS).ensureIndex(TenantKeys.index("tenant_document", "documentId"));
    }

    @Override
    public void saveShop(GstShopFact s) {
        mongo.save(new GstShopDocument(TenantKeys.id(s.tenantId(), s.tenantId()), s.tenantId(), s.registration(),
                s.gstin(), s.stateCode(), s.zone()));
    }

    @Override
    public Optional<GstShopFact> shop(String tenantId) {
        return find(TenantKeys.id(tenantId, tenantId), tenantId, GstShopDocument.class, GstShopDocument::tenantId)
                .map(d -> new GstShopFact(d.tenantId(), d.registration(), d.gstin(), d.stateCode(), d.zone()));
    }

    @Override
    public void saveSale(GstSaleFact s) {
        mongo.save(new GstSaleDocument(TenantKeys.id(s.tenantId(), s.saleId()), s.tenantId(), s.saleId(),
                s.documentType(), s.buyerName(), s.buyerGstin(), s.placeOfSupply(), s.interState(),
                s.lines().stream().map(GstLineDocument::of).toList(), s.taxable(), s.cgst(), s.sgst(), s.igst(),
                s.cess(), s.total()));
    }

    @Override
    public Optional<GstSaleFact> sale(String tenantId, String saleId) {
        return find(TenantKeys.id(tenantId, saleId), tenantId, GstSaleDocument.class, GstSaleDocument::tenantId)
                .map(d -> new GstSaleFact(d.tenantId(), d.saleId(), d.documentType(), d.buyerName(), d.buyerGstin(),
                        d.placeOfSupply(), d.interState(), d.lines() == null ? List.of()
                        : d.lines().stream().map(GstLineDocument::line).toList(), d.taxable(), d.cgst(), d.sgst(),
                        d.igst(), d.cess(), d.total()));
    }

    @Override
    public void saveDocument(GstDocumentFact document) {
        mongo.save(GstRegisterDocument.of(document));
    }

    @Override
    public void saveCancellation(String tenantId, String saleId) {
        mongo.save(new GstCancellationDocument(TenantKeys.id(tenantId, saleId), tenantId, saleId));
    }

    @Override
    public void saveNumber(GstNumberFact n) {
        mongo.save(new GstNumberDocument(TenantKeys.id(n.tenantId(), n.documentId()), n.tenantId(), n.documentId(),
                n.series(), n.financialYear(), n.sequence(), n.number()));
    }

    @Override
    public List<GstDocumentFact> documents(String tenantId, LocalDate from, LocalDate to) {
        Query query = new Query(range(tenantId, from, to)).with(Sort.by(KEY));
        return joined(tenantId, mongo.find(query, GstRegisterDocument.class));
    }

    @Override
    public SalesRegisterPage page(String tenantId, LocalDate from, LocalDate to, int limit, String cursor) {
        Criteria where = range(tenantId, from, to);
        if (cursor != null && !cursor.isBlank()) {
            where = new Criteria().andOperator(where, Criteria.where(KEY).gt(decode(cursor)));
        }
        List<GstRegisterDocument> found = mongo.find(new Query(where).with(Sort.by(KEY)).limit(limit + 1),
                GstRegisterDocument.class);
        boolean more = found.size() > limit;
        List<GstRegisterDocument> page = more ? found.subList(0, limit) : found;
        return new SalesRegisterPage(joined(tenantId, page), more ? encode(page.get(page.size() - 1).registerKey()) : null);
    }

    @Override
    public void clear() {
        for (Class<?> type : List.of(GstShopDocument.class, GstSaleDocument.class, GstRegisterDocument.class,
                GstCancellationDocument.class, GstNumberDocument.class)) {
            mongo.remove(new Query(), type);
        }
    }

    /** Dates lead the register key, so a date range is a key range: from the first day to before the day after. */
    private static Criteria range(String tenantId, LocalDate from, LocalDate to) {
        return TenantKeys.tenant(tenantId).and(KEY).gte(from.toString()).lt(to.plusDays(1).toString());
    }

    private List<GstDocumentFact> joined(String tenantId, List<GstRegisterDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Set<String> saleIds = documents.stream().filter(d -> GstDocumentFact.Kind.INVOICE.name().equals(d.kind()))
                .map(GstRegisterDocument::saleId).collect(Collectors.toSet());
        Set<String> cancelled = saleIds.isEmpty() ? Set.of() : mongo.find(new Query(TenantKeys.tenant(tenantId)
                        .and("saleId").in(saleIds)), GstCancellationDocument.class).stream()
                .map(GstCancellationDocument::saleId).collect(Collectors.toSet());
        Map<String, Long> sequences = mongo.find(new Query(TenantKeys.tenant(tenantId).and("documentId")
                        .in(documents.stream().map(GstRegisterDocument::documentId).toList())), GstNumberDocument.class)
                .stream().collect(Collectors.toMap(GstNumberDocument::documentId, GstNumberDocument::sequence,
                        (a, b) -> a));
        return documents.stream().map(d -> d.fact(GstDocumentFact.Kind.INVOICE.name().equals(d.kind())
                && cancelled.contains(d.saleId()), sequences.get(d.documentId()))).toList();
    }

    private <T> Optional<T> find(String id, String tenantId, Class<T> type, Function<T, String> tenantOf) {
        return Optional.ofNullable(mongo.findById(id, type)).filter(d -> tenantId.equals(tenantOf.apply(d)));
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("CURSOR_INVALID", "cursor", "cursor is not one this API handed out");
        }
    }
}
