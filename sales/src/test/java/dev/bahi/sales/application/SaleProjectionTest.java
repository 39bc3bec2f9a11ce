package dev.bahi.sales.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.sales.adapter.out.persistence.MongoSaleReadModel;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.sales.domain.Sale;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sales projection called as a plain object, on the embedded store. */
class SaleProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String SALE = "0193a5c4-0000-7000-8000-000000000001";
    private static final String SALE_2 = "0193a5c4-0000-7000-8000-000000000002";
    private static final String MEENA = "0193c0de-0000-7000-8000-00000000000a";
    private static final Instant RECORDED_AT = Instant.parse("2026-11-24T06:30:00Z");
    private static final Instant T1 = Instant.parse("2026-11-24T06:31:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Seller PUNE_KIRANA = new Seller("Sharma Kirana Store", "Sharma Traders", "REGULAR",
            "27AAPFU0939F1ZV", "27", List.of("12 MG Road", "Pune 411001"), "+919812345678", null,
            "sharmakirana@okicici");
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();
    private static final GstInvoice INVOICE = new GstInvoice("INV/26-27/000042", "2026-11-24",
            DocumentType.TAX_INVOICE, "2026-27");

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("sales");

    private MongoSaleReadModel sales;
    private SaleProjection projection;

    @BeforeEach
    void setUp() {
        sales = new MongoSaleReadModel(mongo.template());
        projection = new SaleProjection(sales);
    }

    // ---------------------------------------------------------------- fixtures

    private static PricedLine atta(String quantity) {
        return new PricedLine("item-atta", "ATTA-5KG", "Aashirvaad Atta 5 kg", "1101", "PCS", "PCS",
                new BigDecimal(quantity), 28500, 0, true, new BigDecimal("5"), null);
    }

    private static SaleRecorded recorded(String tenantId, String saleId) {
        return Sale.price(new RecordSale(saleId, tenantId, PUNE_KIRANA, new Buyer(MEENA, "Meena Patil",
                "+919822012345", null, null, null), null, List.of(atta("2")), PaymentMode.UPI, null, "gift wrap",
                "2026-11-24"), Clock.fixed(RECORDED_AT, ZoneOffset.UTC));
    }

    private static CreditNote creditNote(String returnId, String number, SaleRecorded sale) {
        TaxedLine l = sale.lines().get(0);
        TaxedLine part = new TaxedLine(1, l.itemId(), l.sku(), l.name(), l.hsn(), l.unit(), l.uqc(), BigDecimal.ONE,
                28500, 0, true, l.gstRate(), l.cessRate(), 28500, 27143, 678, 679, 0, 0, 28500);
        return new CreditNote(returnId, number, "2026-11-25", "2026-27", INVOICE.invoiceNumber(),
                INVOICE.invoiceDate(), ReturnReason.CHANGED_MIND, null, List.of(part),
                new SaleTotals(28500, 0, 27143, 678, 679, 0, 0, 28500, 0, 28500), true, 0L, null);
    }

    private SaleView view(String tenantId, String saleId) {
        return sales.find(tenantId, saleId).orElseThrow();
    }

    // ---------------------------------------------------------------- handlers

    @Test
    void a_recorded_sale_is_shown_as_recorded_with_everything_the_event_says() {
        SaleRecorded e = recorded(SHOP, SALE);

        projection.on(e);

        SaleView view = view(SHOP, SALE);
        assertThat(view.status()).isEqualTo(SaleStatus.RECORDED);
        assertThat(view).usingRecursiveComparison(BY_VALUE).isEqualTo(new SaleView(SALE, SHOP, SaleStatus.RECORDED,
                e.seller(), e.buyer(), e.documentType(), e.supplyType(), e.placeOfSupply(), e.lines(), e.totals(),
                e.payment(), e.note(), e.businessDate(), e.recordedAt(), null, null, List.of()));
        assertThat(view.invoice()).isNull();
        assertThat(view.cancelReason()).isNull();
        assertThat(view.returns()).isEmpty();
        assertThat(view.totals().grandTotal()).isEqualTo(57000);
        assertThat(sales.find(OTHER_SHOP, SALE)).isEmpty();
    }

    @Test
    void an_issued_invoice_makes_the_sale_invoiced_with_its_invoice() {
        projection.on(recorded(SHOP, SALE));

        projection.on(new GstInvoiceIssued(SHOP, SALE, INVOICE, T1));

        SaleView view = view(SHOP, SALE);
        assertThat(view.status()).isEqualTo(SaleStatus.INVOICED);
        assertThat(view.invoice()).isEqualTo(INVOICE);
        assertThat(view.lines()).usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .isEqualTo(recorded(SHOP, SALE).lines());
    }

    @Test
    void a_credit_note_is_added_once_even_when_its_event_is_handled_twice() {
        SaleRecorded sale = recorded(SHOP, SALE);
        projection.on(sale);
        projection.on(new GstInvoiceIssued(SHOP, SALE, INVOICE, T1));
        SaleReturned first = new SaleReturned(SHOP, SALE, creditNote("return-1", "CN/26-27/0000001", sale), T2);

        projection.on(first);
        projection.on(first);

        SaleView view = view(SHOP, SALE);
        assertThat(view.returns()).hasSize(1);
        assertThat(view.returns().get(0)).usingRecursiveComparison(BY_VALUE).isEqualTo(first.creditNote());
        assertThat(view.status()).as("a return leaves the sale invoiced").isEqualTo(SaleStatus.INVOICED);
        assertThat(view.invoice()).isEqualTo(INVOICE);

        SaleReturned second = new SaleReturned(SHOP, SALE, creditNote("return-2", "CN/26-27/0000002", sale), T3);
        projection.on(second);
        projection.on(first);
        projection.on(second);

        assertThat(view(SHOP, SALE).returns()).extracting(CreditNote::returnId)
                .containsExactly("return-1", "return-2");
        assertThat(view(SHOP, SALE).returns()).extracting(CreditNote::creditNoteNumber)
                .containsExactly("CN/26-27/0000001", "CN/26-27/0000002");
    }

    @Test
    void a_cancelled_sale_is_shown_as_cancelled_with_the_reason() {
        projection.on(recorded(SHOP, SALE));

        projection.on(new SaleCancelled(SHOP, SALE, "wrong item", T1));

        SaleView view = view(SHOP, SALE);
        assertThat(view.status()).isEqualTo(SaleStatus.CANCELLED);
        assertThat(view.cancelReason()).isEqualTo("wrong item");
        assertThat(view.invoice()).isNull();
        assertThat(view.totals().grandTotal()).isEqualTo(57000);
    }

    @Test
    void events_of_a_sale_another_shop_made_do_not_touch_this_shops_sale() {
        projection.on(recorded(SHOP, SALE));

        projection.on(new SaleCancelled(OTHER_SHOP, SALE, "not yours", T1));
        projection.on(new GstInvoiceIssued(OTHER_SHOP, SALE, INVOICE, T1));

        assertThat(view(SHOP, SALE).status()).isEqualTo(SaleStatus.RECORDED);
        assertThat(sales.find(OTHER_SHOP, SALE)).isEmpty();
    }

    @Test
    void events_of_an_unknown_sale_change_nothing() {
        projection.on(new GstInvoiceIssued(SHOP, SALE, INVOICE, T1));
        projection.on(new SaleCancelled(SHOP, SALE, "wrong item", T1));
        projection.on(new SaleReturned(SHOP, SALE, creditNote("return-1", "CN/26-27/0000001",
                recorded(SHOP, SALE)), T2));

        assertThat(sales.find(SHOP, SALE)).isEmpty();
    }

    @Test
    void replaying_the_whole_stream_gives_the_same_view() {
        SaleRecorded sale = recorded(SHOP, SALE);
        GstInvoiceIssued issued = new GstInvoiceIssued(SHOP, SALE, INVOICE, T1);
        SaleReturned returned = new SaleReturned(SHOP, SALE, creditNote("return-1", "CN/26-27/0000001", sale), T2);
        projection.on(sale);
        projection.on(issued);
        projection.on(returned);
        SaleView once = view(SHOP, SALE);

        projection.reset();
        projection.on(sale);
        projection.on(issued);
        projection.on(returned);

        assertThat(view(SHOP, SALE)).usingRecursiveComparison(BY_VALUE).isEqualTo(once);
    }

    @Test
    void reset_clears_every_sale() {
        projection.on(recorded(SHOP, SALE));
        projection.on(recorded(SHOP, SALE_2));
        projection.on(recorded(OTHER_SHOP, SALE));

        projection.reset();

        assertThat(sales.find(SHOP, SALE)).isEmpty();
        assertThat(sales.find(OTHER_SHOP, SALE)).isEmpty();
        assertThat(sales.list(new ListSales(SHOP, null, null, null, null, null)).sales()).isEmpty();
    }
}
