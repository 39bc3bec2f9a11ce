package dev.bahi.queryprojections.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.queryprojections.adapter.out.persistence.MongoGstRegisterReadModel;
import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.Gstr1;
import dev.bahi.queryprojections.domain.Gstr1Builder;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentNumberAssigned;
import dev.bahi.sales.api.DocumentSeries;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.RegisterTenant;
import dev.bahi.tenant.api.TenantRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GST register projection as a plain object over the embedded store: a sale becomes a document only when
 * invoiced, credit notes carry their sale's buyer and place of supply, cancellations and numbers are joined in,
 * another shop sees nothing, and handling everything twice or replaying after a reset gives the same register.
 */
class GstRegisterProjectionTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("query-projections");

    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final Instant AT = Instant.parse("2026-11-25T05:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-11-25");

    private MongoGstRegisterReadModel register;
    private GstRegisterProjection projection;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void emptyStore() {
        register = new MongoGstRegisterReadModel(mongo.template());
        projection = new GstRegisterProjection(register);
        events.clear();
    }

    static TaxedLine intraLine(int n, String hsn, String rate, long taxable) {
        long tax = new BigDecimal(taxable).multiply(new BigDecimal(rate)).divide(new BigDecimal(100))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return new TaxedLine(n, "item-" + n, "SKU" + n, "Item " + n, hsn, "PCS", "PCS", BigDecimal.ONE, taxable, 0,
                false, new BigDecimal(rate), null, taxable, taxable, tax / 2, tax - tax / 2, 0, 0, taxable + tax);
    }

    static TaxedLine interLine(int n, String hsn, String rate, long taxable) {
        long tax = new BigDecimal(taxable).multiply(new BigDecimal(rate)).divide(new BigDecimal(100))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return new TaxedLine(n, "item-" + n, "SKU" + n, "Item " + n, hsn, "PCS", "PCS", BigDecimal.ONE, taxable, 0,
                false, new BigDecimal(rate), null, taxable, taxable, 0, 0, tax, 0, taxable + tax);
    }

    static SaleTotals totals(List<TaxedLine> lines) {
        long taxable = 0, cgst = 0, sgst = 0, igst = 0, total = 0;
        for (TaxedLine l : lines) {
            taxable += l.taxableValue();
            cgst += l.cgst();
            sgst += l.sgst();
            igst += l.igst();
            total += l.total();
        }
        long rounded = Math.round(total / 100.0) * 100;
        return new SaleTotals(taxable, 0, taxable, cgst, sgst, igst, 0, total, rounded - total, rounded);
    }

    static SaleRecorded sale(String tenant, String saleId, Buyer buyer, String pos, boolean inter, TaxedLine... lines) {
        List<TaxedLine> all = List.of(lines);
        return new SaleRecorded(tenant, saleId, null, buyer, DocumentType.TAX_INVOICE,
                inter ? SupplyType.INTER_STATE : SupplyType.INTRA_STATE, pos, all, totals(all), null, null,
                DAY.toString(), AT);
    }

    static GstInvoiceIssued invoiced(String tenant, String saleId, String number) {
        return new GstInvoiceIssued(tenant, saleId, new GstInvoice(number, DAY.toString(), DocumentType.TAX_INVOICE,
                "2026-27"), AT);
    }

    private void handle(Object event) {
        events.add(event);
        dispatch(event);
    }

    private void dispatch(Object e) {
        if (e instanceof TenantRegistered x) projection.on(x);
        else if (e instanceof SaleRecorded x) projection.on(x);
        else if (e instanceof GstInvoiceIssued x) projection.on(x);
        else if (e instanceof SaleCancelled x) projection.on(x);
        else if (e instanceof SaleReturned x) projection.on(x);
        else if (e instanceof DocumentNumberAssigned x) projection.on(x);
        else throw new IllegalArgumentException(e.toString());
    }

    private void aMonthOfTheShop() {
        handle(new TenantRegistered(SHOP, new BusinessProfile("Bengaluru Stores", "Bengaluru Stores LLP",
                GstRegistration.REGULAR, "29AAGCB7383J1Z4", "29", new Address("4th Cross", null, "Bengaluru",
                "560041"), "+919812345678", null, null, "Asia/Kolkata", null),
                RegisterTenant.Onboarding.SELF_SERVICE_SIGNUP, AT.minusSeconds(86_400)));
        Buyer b2b = new Buyer(null, "Chennai Healthcare LLP", null, "33AAGCB7383J1ZF", null, "Chennai");
        handle(sale(SHOP, "s1", b2b, "33", true, interLine(1, "9401", "18", 9171_00)));
        handle(new DocumentNumberAssigned(SHOP, "series", DocumentSeries.INVOICE, "2026-27", 1, "INV/26-27/000001",
                "s1", AT));
        handle(invoiced(SHOP, "s1", "INV/26-27/000001"));
        handle(sale(SHOP, "s2", null, "29", false, intraLine(1, "1101", "5", 542_86)));
        handle(new DocumentNumberAssigned(SHOP, "series", DocumentSeries.INVOICE, "2026-27", 2, "INV/26-27/000002",
                "s2", AT));
        handle(invoiced(SHOP, "s2", "INV/26-27/000002"));
        // recorded, never invoiced, cancelled: no document at all
        handle(sale(SHOP, "s3", null, "29", false, intraLine(1, "1101", "5", 100_00)));
        handle(new SaleCancelled(SHOP, "s3", "rang up twice", AT));
        // a credit note against the B2B invoice
        TaxedLine back = interLine(1, "9401", "18", 1000_00);
        handle(new SaleReturned(SHOP, "s1", new CreditNote("r1", "CN/26-27/0000001", DAY.toString(), "2026-27",
                "INV/26-27/000001", DAY.toString(), ReturnReason.DAMAGED, null, List.of(back), totals(List.of(back)),
                false, 0, null), AT));
        // another shop's invoice
        handle(sale(OTHER, "o1", null, "27", false, intraLine(1, "1101", "5", 999_00)));
        handle(invoiced(OTHER, "o1", "INV/26-27/000001"));
    }

    @Test
    void a_sale_becomes_a_document_when_invoiced_and_credit_notes_carry_their_sales_buyer() {
        aMonthOfTheShop();

        List<GstDocumentFact> docs = register.documents(SHOP, DAY.withDayOfMonth(1), DAY.withDayOfMonth(30));
        assertThat(docs).extracting(GstDocumentFact::number)
                .containsExactly("INV/26-27/000001", "INV/26-27/000002", "CN/26-27/0000001");
        GstDocumentFact b2b = docs.get(0);
        assertThat(b2b.buyerGstin()).isEqualTo("33AAGCB7383J1ZF");
        assertThat(b2b.placeOfSupply()).isEqualTo("33");
        assertThat(b2b.interState()).isTrue();
        assertThat(b2b.taxable()).isEqualTo(9171_00);
        assertThat(b2b.igst()).isEqualTo(1650_78);
        assertThat(b2b.sequence()).isEqualTo(1L);
        GstDocumentFact note = docs.get(2);
        assertThat(note.kind()).isEqualTo(GstDocumentFact.Kind.CREDIT_NOTE);
        assertThat(note.buyerGstin()).isEqualTo("33AAGCB7383J1ZF");
        assertThat(note.originalInvoiceNumber()).isEqualTo("INV/26-27/000001");
        assertThat(note.igst()).isEqualTo(180_00);
        assertThat(docs).noneMatch(GstDocumentFact::cancelled);
        assertThat(register.shop(SHOP).orElseThrow().gstin()).isEqualTo("29AAGCB7383J1Z4");

        assertThat(register.documents(OTHER, DAY, DAY)).extracting(GstDocumentFact::saleId).containsExactly("o1");
        assertThat(register.documents(SHOP, DAY.plusDays(1), DAY.plusDays(5))).isEmpty();
    }

    @Test
    void the_register_pages_in_order_and_a_cursor_continues_it() {
        aMonthOfTheShop();

        SalesRegisterPage first = register.page(SHOP, DAY, DAY, 2, null);
        assertThat(first.documents()).extracting(GstDocumentFact::number)
                .containsExactly("INV/26-27/000001", "INV/26-27/000002");
        assertThat(first.nextCursor()).isNotNull();
        SalesRegisterPage second = register.page(SHOP, DAY, DAY, 2, first.nextCursor());
        assertThat(second.documents()).extracting(GstDocumentFact::number).containsExactly("CN/26-27/0000001");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void an_invoice_whose_sale_is_cancelled_keeps_its_number_and_counts_as_cancelled() {
        aMonthOfTheShop();
        handle(new SaleCancelled(SHOP, "s2", "a future rule may allow it", AT));

        Gstr1 gstr1 = Gstr1Builder.gstr1("29AAGCB7383J1Z4", YearMonth.from(DAY),
                register.documents(SHOP, DAY.withDayOfMonth(1), DAY.withDayOfMonth(30)));
        assertThat(gstr1.b2cs()).isNull();
        Gstr1.Doc invoices = gstr1.doc_issue().doc_det().get(0).docs().get(0);
        assertThat(invoices.from()).isEqualTo("INV/26-27/000001");
        assertThat(invoices.to()).isEqualTo("INV/26-27/000002");
        assertThat(invoices.totnum()).isEqualTo(2);
        assertThat(invoices.cancel()).isEqualTo(1);
        assertThat(invoices.net_issue()).isEqualTo(1);
    }

    @Test
    void handling_every_event_twice_or_replaying_after_a_reset_gives_the_same_register() {
        aMonthOfTheShop();
        List<GstDocumentFact> once = register.documents(SHOP, DAY, DAY);

        new ArrayList<>(events).forEach(this::dispatch);
        assertThat(register.documents(SHOP, DAY, DAY)).isEqualTo(once);

        projection.reset();
        assertThat(register.documents(SHOP, DAY, DAY)).isEmpty();
        assertThat(register.shop(SHOP)).isEmpty();
        Consumer<Object> replay = this::dispatch;
        events.forEach(replay);
        assertThat(register.documents(SHOP, DAY, DAY)).isEqualTo(once);
        assertThat(Gstr1Builder.gstr1("29AAGCB7383J1Z4", YearMonth.from(DAY), register.documents(SHOP, DAY, DAY)))
                .isEqualTo(Gstr1Builder.gstr1("29AAGCB7383J1Z4", YearMonth.from(DAY), once));
    }
}
