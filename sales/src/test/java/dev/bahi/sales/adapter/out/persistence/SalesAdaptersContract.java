package dev.bahi.sales.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PaymentPart;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.sales.domain.Sale;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the sales context's storage adapters must do on any MongoDB they run on: sales read back exactly and only
 * within their shop, the list's date and customer filters and paging neither leak nor skip, and rendered documents
 * are kept once per shop and key.
 */
abstract class SalesAdaptersContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String MEENA = "0193c0de-0000-7000-8000-00000000000a";
    static final String RAVI = "0193c0de-0000-7000-8000-00000000000b";
    static final Instant RECORDED_AT = Instant.parse("2026-11-24T06:30:00Z");
    static final Seller PUNE_KIRANA = new Seller("Sharma Kirana Store", "Sharma Traders", "REGULAR", "27AAPFU0939F1ZV",
            "27", List.of("12 MG Road", "Pune 411001"), "+919812345678", "sharma@example.in", "sharmakirana@okicici");

    private MongoSaleReadModel sales;
    private GridFsDocumentFiles files;

    /** The {@code bahi_sales} database of the store under test. */
    protected abstract MongoTemplate template();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = template();
        for (String collection : List.of(MongoSaleReadModel.COLLECTION, GridFsDocumentFiles.BUCKET + ".files",
                GridFsDocumentFiles.BUCKET + ".chunks")) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        sales = new MongoSaleReadModel(mongo);
        files = new GridFsDocumentFiles(mongo);
    }

    // ---------------------------------------------------------------- fixtures

    static String saleId(int n) {
        return String.format("0193a5c4-0000-7000-8000-%012d", n);
    }

    static PricedLine atta(String quantity) {
        return new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS",
                new BigDecimal(quantity), 28500, 0, true, new BigDecimal("5"), null);
    }

    static PricedLine dal(String kg) {
        return new PricedLine("item-dal", "DAL-TOOR", "Toor Dal (loose)", "0713", "KG", "KGS", new BigDecimal(kg),
                14250, 125, false, new BigDecimal("5"), new BigDecimal("0.25"));
    }

    /** What every sale here comes to: 2 packs of atta and 1.25 KG of dal, worked out by the sale. */
    static final long SALE_TOTAL = Sale.price(new RecordSale(saleId(0), SHOP, PUNE_KIRANA, null, null,
            List.of(atta("2"), dal("1.25")), PaymentMode.CASH, null, null, "2026-11-24"),
            Clock.fixed(RECORDED_AT, ZoneOffset.UTC)).totals().grandTotal();

    /** A recorded sale as the projection keeps it, worked out by the sale itself; a customer's sale is part udhaar. */
    static SaleView sale(String tenantId, String saleId, String businessDate, String customerId) {
        Buyer buyer = customerId == null ? null : new Buyer(customerId, "Meena Patil", "+919822012345", null, "27",
                "Flat 4, Shivaji Nagar, Pune");
        SaleRecorded e = Sale.price(new RecordSale(saleId, tenantId, PUNE_KIRANA, buyer, null,
                List.of(atta("2"), dal("1.25")), customerId == null ? PaymentMode.CASH : PaymentMode.SPLIT,
                customerId == null ? null : List.of(new PaymentPart(PaymentMode.UPI, 50000),
                        new PaymentPart(PaymentMode.CREDIT, SALE_TOTAL - 50000)), "deliver by evening", businessDate),
                Clock.fixed(RECORDED_AT, ZoneOffset.UTC));
        return new SaleView(e.saleId(), e.tenantId(), SaleStatus.RECORDED, e.seller(), e.buyer(), e.documentType(),
                e.supplyType(), e.placeOfSupply(), e.lines(), e.totals(), e.payment(), e.note(), e.businessDate(),
                e.recordedAt(), null, null, List.of());
    }

    static SaleView sale(String saleId, String businessDate) {
        return sale(SHOP, saleId, businessDate, null);
    }

    private static List<String> ids(SalePage page) {
        return page.sales().stream().map(SaleView::saleId).toList();
    }

    private List<String> listed(String from, String to, String customerId) {
        return ids(sales.list(new ListSales(SHOP, from, to, customerId, null, null)));
    }

    private static void assertSameSale(Optional<SaleView> actual, SaleView expected) {
        assertThat(actual).isPresent();
        assertThat(actual.get()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }

    private static void assertViolation(Runnable call, String code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    // ---------------------------------------------------------------- sales: storage

    @Test
    void a_saved_sale_reads_back_with_every_line_and_total() {
        SaleView stored = sale(SHOP, saleId(1), "2026-11-24", MEENA);

        sales.save(stored);

        assertSameSale(sales.find(SHOP, saleId(1)), stored);
        SaleView found = sales.find(SHOP, saleId(1)).orElseThrow();
        assertThat(found.lines()).hasSize(2);
        assertThat(found.lines().get(1).quantity()).isEqualByComparingTo("1.25");
        assertThat(found.lines().get(1).cessRate()).isEqualByComparingTo("0.25");
        assertThat(found.lines().get(0).cessRate()).isNull();
        assertThat(found.seller().address()).containsExactly("12 MG Road", "Pune 411001");
        assertThat(found.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(found.invoice()).isNull();
        assertThat(found.returns()).isEmpty();
    }

    @Test
    void an_invoiced_sale_with_a_credit_note_reads_back_with_both() {
        SaleView recorded = sale(SHOP, saleId(1), "2026-11-24", null);
        GstInvoice invoice = new GstInvoice("INV/26-27/000042", "2026-11-24", DocumentType.TAX_INVOICE, "2026-27");
        TaxedLine line = recorded.lines().get(0);
        TaxedLine part = new TaxedLine(1, line.itemId(), line.sku(), line.name(), line.hsn(), line.unit(), line.uqc(),
                BigDecimal.ONE, 28500, 0, true, line.gstRate(), null, 28500, 27143, 678, 679, 0, 0, 28500);
        CreditNote note = new CreditNote("return-1", "CN/26-27/0000001", "2026-11-25", "2026-27", "INV/26-27/000042",
                "2026-11-24", ReturnReason.DAMAGED, "torn pack", List.of(part),
                new SaleTotals(28500, 0, 27143, 678, 679, 0, 0, 28500, 0, 28500), false, 0L, null);
        SaleView stored = recorded.with(SaleStatus.INVOICED, null, invoice, List.of(note));

        sales.save(stored);

        assertSameSale(sales.find(SHOP, saleId(1)), stored);
        assertThat(sales.find(SHOP, saleId(1)).orElseThrow().returns().get(0).reason()).isEqualTo(ReturnReason.DAMAGED);
    }

    @Test
    void saving_a_sale_again_replaces_it() {
        SaleView recorded = sale(saleId(1), "2026-11-24");
        sales.save(recorded);

        sales.save(recorded.with(SaleStatus.CANCELLED, "wrong item", null, List.of()));

        assertThat(template().getCollection(MongoSaleReadModel.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(sales.find(SHOP, saleId(1)).orElseThrow().status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(sales.find(SHOP, saleId(1)).orElseThrow().cancelReason()).isEqualTo("wrong item");
    }

    @Test
    void a_sale_is_not_found_by_another_shop_nor_under_another_id() {
        sales.save(sale(saleId(1), "2026-11-24"));

        assertThat(sales.find(OTHER_SHOP, saleId(1))).isEmpty();
        assertThat(sales.find(SHOP, saleId(2))).isEmpty();
    }

    @Test
    void the_same_sale_id_in_two_shops_is_two_sales() {
        sales.save(sale(SHOP, saleId(1), "2026-11-24", null));
        sales.save(sale(OTHER_SHOP, saleId(1), "2026-11-20", MEENA));

        assertThat(sales.find(SHOP, saleId(1)).orElseThrow().businessDate()).isEqualTo("2026-11-24");
        assertThat(sales.find(OTHER_SHOP, saleId(1)).orElseThrow().businessDate()).isEqualTo("2026-11-20");
        assertThat(sales.find(OTHER_SHOP, saleId(1)).orElseThrow().tenantId()).isEqualTo(OTHER_SHOP);
    }

    // ---------------------------------------------------------------- sales: the list

    private void saveWeek() {
        sales.save(sale(SHOP, saleId(1), "2026-11-21", MEENA));
        sales.save(sale(SHOP, saleId(2), "2026-11-22", null));
        sales.save(sale(SHOP, saleId(3), "2026-11-23", RAVI));
        sales.save(sale(SHOP, saleId(4), "2026-11-23", MEENA));
        sales.save(sale(SHOP, saleId(5), "2026-11-24", null));
        sales.save(sale(SHOP, saleId(6), "2026-11-25", MEENA));
        // Another shop's sales on the same days and for a customer with the same id must never show.
        sales.save(sale(OTHER_SHOP, saleId(7), "2026-11-23", MEENA));
        sales.save(sale(OTHER_SHOP, saleId(8), "2026-11-24", null));
    }

    @Test
    void without_filters_the_list_is_the_shops_sales_in_the_order_they_were_made() {
        saveWeek();

        assertThat(listed(null, null, null)).containsExactly(saleId(1), saleId(2), saleId(3), saleId(4), saleId(5),
                saleId(6));
        assertThat(listed("", " ", "")).as("blank filters are no filters").hasSize(6);
    }

    @Test
    void the_list_keeps_between_two_business_dates_both_included() {
        saveWeek();

        assertThat(listed("2026-11-22", "2026-11-24", null)).containsExactly(saleId(2), saleId(3), saleId(4),
                saleId(5));
        assertThat(listed("2026-11-23", "2026-11-23", null)).containsExactly(saleId(3), saleId(4));
        assertThat(listed("2026-11-24", null, null)).containsExactly(saleId(5), saleId(6));
        assertThat(listed(null, "2026-11-21", null)).containsExactly(saleId(1));
        assertThat(listed(" 2026-11-25 ", null, null)).as("dates are trimmed").containsExactly(saleId(6));
        assertThat(listed("2026-11-26", null, null)).isEmpty();
    }

    @Test
    void the_list_keeps_to_one_customer_within_the_dates() {
        saveWeek();

        assertThat(listed(null, null, MEENA)).containsExactly(saleId(1), saleId(4), saleId(6));
        assertThat(listed("2026-11-22", "2026-11-24", MEENA)).containsExactly(saleId(4));
        assertThat(listed(null, null, RAVI)).containsExactly(saleId(3));
        assertThat(listed(null, null, "0193c0de-0000-7000-8000-00000000000c")).isEmpty();
    }

    @Test
    void the_list_never_shows_another_shops_sales() {
        saveWeek();

        for (String[] filter : new String[][] {{null, null, null}, {"2026-11-23", "2026-11-24", null},
                {null, null, MEENA}, {"2026-11-23", "2026-11-23", MEENA}}) {
            SalePage page = sales.list(new ListSales(SHOP, filter[0], filter[1], filter[2], 200, null));
            assertThat(page.sales()).extracting(SaleView::tenantId).containsOnly(SHOP);
            assertThat(ids(page)).doesNotContain(saleId(7), saleId(8));
        }
        assertThat(ids(sales.list(new ListSales(OTHER_SHOP, null, null, null, null, null))))
                .containsExactly(saleId(7), saleId(8));
        assertThat(ids(sales.list(new ListSales("0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b00", null, null, null, null,
                null)))).isEmpty();
    }

    @Test
    void paging_walks_every_sale_exactly_once_in_id_order() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            expected.add(saleId(100 + i));
        }
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        for (String id : shuffled) {
            sales.save(sale(SHOP, id, "2026-11-24", null));
            sales.save(sale(OTHER_SHOP, id, "2026-11-24", null));
        }

        List<String> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SalePage page = sales.list(new ListSales(SHOP, "2026-11-24", "2026-11-24", null, 4, cursor));
            page.sales().forEach(s -> assertThat(s.tenantId()).isEqualTo(SHOP));
            walked.addAll(ids(page));
            sizes.add(page.sales().size());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(10);
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(4, 4, 3);
    }

    @Test
    void paging_keeps_to_the_filters() {
        saveWeek();

        SalePage first = sales.list(new ListSales(SHOP, null, null, MEENA, 2, null));
        SalePage second = sales.list(new ListSales(SHOP, null, null, MEENA, 2, first.nextCursor()));

        assertThat(ids(first)).containsExactly(saleId(1), saleId(4));
        assertThat(ids(second)).containsExactly(saleId(6));
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void a_date_that_is_not_a_date_is_refused() {
        for (String bad : List.of("24-11-2026", "2026-13-01", "2026-02-30", "yesterday", "2026/11/24")) {
            assertViolation(() -> sales.list(new ListSales(SHOP, bad, null, null, null, null)), "DATE_INVALID", "from");
            assertViolation(() -> sales.list(new ListSales(SHOP, null, bad, null, null, null)), "DATE_INVALID", "to");
        }
    }

    @Test
    void from_after_to_is_refused() {
        assertViolation(() -> sales.list(new ListSales(SHOP, "2026-11-25", "2026-11-24", null, null, null)),
                "DATE_RANGE_INVALID", "from");
    }

    @Test
    void a_bad_limit_or_cursor_is_refused() {
        assertViolation(() -> sales.list(new ListSales(SHOP, null, null, null, 0, null)), "LIMIT_INVALID", "limit");
        assertViolation(() -> sales.list(new ListSales(SHOP, null, null, null, 201, null)), "LIMIT_INVALID", "limit");
        assertViolation(() -> sales.list(new ListSales(SHOP, null, null, null, 10, "%%%")), "CURSOR_INVALID",
                "cursor");
    }

    @Test
    void clear_forgets_every_shops_sales() {
        saveWeek();

        sales.clear();

        assertThat(listed(null, null, null)).isEmpty();
        assertThat(sales.find(OTHER_SHOP, saleId(7))).isEmpty();
        assertThat(template().getCollection(MongoSaleReadModel.COLLECTION).countDocuments()).isZero();
        sales.save(sale(saleId(9), "2026-11-24"));
        assertThat(listed(null, null, null)).containsExactly(saleId(9));
    }

    // ---------------------------------------------------------------- rendered documents

    private static byte[] pdf(String text, int size) {
        byte[] bytes = new byte[size];
        byte[] seed = ("%PDF-1.7 " + text).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            bytes[i] = i < seed.length ? seed[i] : (byte) (i * 31 + 7);
        }
        return bytes;
    }

    @Test
    void a_stored_document_is_found_with_the_same_bytes() {
        byte[] small = pdf("invoice", 1_000);
        byte[] large = pdf("long invoice", 600_000);

        files.store(SHOP, "invoice/" + saleId(1) + "/A4", "application/pdf", small);
        files.store(SHOP, "invoice/" + saleId(2) + "/A4", "application/pdf", large);

        assertThat(files.find(SHOP, "invoice/" + saleId(1) + "/A4")).hasValueSatisfying(b -> assertThat(b)
                .isEqualTo(small));
        assertThat(files.find(SHOP, "invoice/" + saleId(2) + "/A4")).hasValueSatisfying(b -> assertThat(b)
                .isEqualTo(large));
        assertThat(files.find(SHOP, "invoice/" + saleId(1) + "/THERMAL")).isEmpty();
    }

    @Test
    void an_empty_document_is_kept_too() {
        files.store(SHOP, "empty", "application/pdf", new byte[0]);

        assertThat(files.find(SHOP, "empty")).hasValueSatisfying(b -> assertThat(b).isEmpty());
    }

    @Test
    void another_shop_cannot_find_a_document() {
        files.store(SHOP, "invoice/" + saleId(1) + "/A4", "application/pdf", pdf("mine", 500));

        assertThat(files.find(OTHER_SHOP, "invoice/" + saleId(1) + "/A4")).isEmpty();
    }

    @Test
    void storing_the_same_key_twice_keeps_the_first() {
        byte[] first = pdf("first", 700);
        files.store(SHOP, "credit-note/return-1/A4", "application/pdf", first);

        files.store(SHOP, "credit-note/return-1/A4", "application/pdf", pdf("second", 900));

        assertThat(files.find(SHOP, "credit-note/return-1/A4")).hasValueSatisfying(b -> assertThat(b)
                .isEqualTo(first));
        assertThat(template().getCollection(GridFsDocumentFiles.BUCKET + ".files").countDocuments()).isEqualTo(1);
    }

    @Test
    void two_shops_keep_their_own_document_under_the_same_key() {
        byte[] mine = pdf("mine", 800);
        byte[] theirs = pdf("theirs", 300);

        files.store(SHOP, "invoice/" + saleId(1) + "/A4", "application/pdf", mine);
        files.store(OTHER_SHOP, "invoice/" + saleId(1) + "/A4", "application/pdf", theirs);

        assertThat(files.find(SHOP, "invoice/" + saleId(1) + "/A4")).hasValueSatisfying(b -> assertThat(b)
                .isEqualTo(mine));
        assertThat(files.find(OTHER_SHOP, "invoice/" + saleId(1) + "/A4")).hasValueSatisfying(b -> assertThat(b)
                .isEqualTo(theirs));
    }

    @Test
    void an_unknown_key_finds_nothing() {
        assertThat(files.find(SHOP, "invoice/none/A4")).isEmpty();
        files.store(SHOP, "invoice/" + saleId(1) + "/A4", "application/pdf", pdf("x", 10));
        assertThat(files.find(SHOP, "invoice/" + saleId(1))).isEmpty();
        assertThat(files.find(SHOP, "invoice/" + saleId(1) + "/A4/")).isEmpty();
    }

    @Test
    void a_key_that_looks_like_another_shops_name_finds_nothing() {
        // Files are named <tenantId>:<key>; a shop whose id and key join to the same name must still not see it.
        files.store(SHOP, "x:invoice", "application/pdf", pdf("mine", 100));

        assertThat(files.find(SHOP + ":x", "invoice")).isEmpty();
    }
}
