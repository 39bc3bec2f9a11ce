package dev.bahi.queryprojections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.inventory.api.Unit;
import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.queryprojections.adapter.out.persistence.MongoDailySummaryReadModel;
import dev.bahi.queryprojections.api.DailySummary;
import dev.bahi.queryprojections.api.FindDailySummaries;
import dev.bahi.queryprojections.api.FindDailySummary;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PaymentPart;
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
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily-summary projection and its query handler as plain objects over the embedded store: a realistic day of a
 * shop, every figure checked against sums worked out here; handled twice, and replayed after a reset, it adds up the
 * same.
 */
class DailySummaryProjectionTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("query-projections");

    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String DAY = "2026-11-25";
    static final String DAY_BEFORE = "2026-11-24";
    static final String DAY_AFTER = "2026-11-26";
    /** 10:00 in Pune on the 25th. */
    static final Instant MORNING = Instant.parse("2026-11-25T04:30:00Z");
    /** 15:30 in Pune on the 25th. */
    static final Instant AFTERNOON = Instant.parse("2026-11-25T10:00:00Z");
    /** 22:30 in Pune, still the 25th (17:00 UTC). */
    static final Instant LATE = Instant.parse("2026-11-25T17:00:00Z");
    /** 01:30 in Pune on the 26th, though still the 25th in UTC. */
    static final Instant AFTER_MIDNIGHT = Instant.parse("2026-11-25T20:00:00Z");

    private MongoDailySummaryReadModel facts;
    private DailySummaryProjection projection;
    private DailySummaryQueryHandler queries;

    @BeforeEach
    void emptyStore() {
        facts = new MongoDailySummaryReadModel(mongo.template());
        projection = new DailySummaryProjection(facts);
        queries = new DailySummaryQueryHandler(facts);
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------------

    static TenantRegistered registered(String tenantId, String zone) {
        return new TenantRegistered(tenantId, new BusinessProfile("Sharma Kirana Store", "Sharma Traders",
                GstRegistration.REGULAR, "27AAPFU0939F1ZV", "27", new Address("12 MG Road", null, "Pune", "411001"),
                "+919812345678", null, "sharmakirana@okicici", zone, null), RegisterTenant.Onboarding.SELF_SERVICE_SIGNUP,
                MORNING.minusSeconds(86_400 * 30L));
    }

    /** A tax-inclusive intra-state line: taxable value and CGST/SGST backed out of {@code total}. */
    static TaxedLine line(int number, String itemId, String name, String unit, String quantity, long total,
                          long discount, long taxable) {
        long tax = total - taxable;
        long cgst = tax / 2;
        return new TaxedLine(number, itemId, itemId.toUpperCase(), name, "1101", unit, unit, new BigDecimal(quantity),
                0, discount, true, new BigDecimal("5"), null, total, taxable, cgst, tax - cgst, 0, 0, total);
    }

    static SaleRecorded sale(String tenantId, String saleId, String day, Payment payment, TaxedLine... lines) {
        long total = 0;
        long discount = 0;
        long taxable = 0;
        long cgst = 0;
        long sgst = 0;
        for (TaxedLine l : lines) {
            total += l.total();
            discount += l.discount();
            taxable += l.taxableValue();
            cgst += l.cgst();
            sgst += l.sgst();
        }
        return new SaleRecorded(tenantId, saleId, null, null, DocumentType.TAX_INVOICE, SupplyType.INTRA_STATE, "27",
                List.of(lines), new SaleTotals(total + discount, discount, taxable, cgst, sgst, 0, 0, total, 0, total),
                payment, null, day, MORNING);
    }

    static Payment paid(PaymentMode mode, long amount) {
        return new Payment(mode, List.of(new PaymentPart(mode, amount)), amount, 0);
    }

    static PaymentRecorded payment(String tenantId, String paymentId, PaymentMethod method, long amount, String saleId,
                                   PaymentStatus status, String day, String recordedBy) {
        return new PaymentRecorded(tenantId, paymentId, method, amount, saleId, saleId == null ? 0 : amount,
                saleId == null ? "meena" : null, saleId == null ? amount : 0, null, null, status, null, day,
                recordedBy, MORNING);
    }

    static LedgerEntryRecorded ledger(String entryId, LedgerEntryKind kind, long debit, long credit, String saleId,
                                      String day) {
        return new LedgerEntryRecorded(SHOP, "meena", entryId, 1, kind, debit, credit, 0, saleId, null, null, null,
                day, MORNING);
    }

    static SaleReturned returned(String saleId, String returnId, String noteDate, long grandTotal) {
        CreditNote note = new CreditNote(returnId, "CN/26-27/" + returnId, noteDate, "2026-27", "INV/26-27/000001",
                DAY, ReturnReason.CHANGED_MIND, null, List.of(), new SaleTotals(grandTotal, 0, grandTotal, 0, 0, 0, 0,
                grandTotal, 0, grandTotal), true, 0, null);
        return new SaleReturned(SHOP, saleId, note, AFTERNOON);
    }

    static LowStockDetected low(String tenantId, String itemId, String name, String onHand, Instant at) {
        return new LowStockDetected(tenantId, itemId, itemId.toUpperCase(), name, new BigDecimal(onHand),
                new BigDecimal("10"), Unit.PCS, at);
    }

    static final TaxedLine ATTA_2 = line(1, "atta", "Aashirvaad Atta 5 kg", "PCS", "2", 570_00, 0, 542_86);
    static final TaxedLine SUGAR_5 = line(1, "sugar", "Sugar (loose)", "KG", "5.000", 220_00, 10_00, 209_52);
    static final TaxedLine ATTA_1 = line(2, "atta", "Aashirvaad Atta 5 kg", "PCS", "1", 285_00, 0, 271_43);
    static final TaxedLine DAL_1 = line(1, "dal", "Toor Dal 1 kg", "PCS", "1", 160_00, 0, 152_38);

    /**
     * One day in Pune. Cash sale s1 (atta ×2, ₹570), split sale s2 (sugar 5 kg + atta ×1, ₹505 after a ₹10 discount:
     * ₹200 UPI, ₹305 on udhaar), cash sale s3 cancelled (its counter payment arrives after the cancellation), credit
     * sale s4 cancelled (its khata credited back), a ₹150 UPI repayment refunded ₹50 later that day, a pending ₹80 UPI
     * repayment confirmed that day, a pending card payment that failed, a ₹285 return on s1 that day and another the
     * next day, atta going low twice that day and sugar after midnight; a sale of the day before and another shop's
     * sale of the same day.
     */
    static List<Object> stream() {
        List<Object> events = new ArrayList<>();
        events.add(registered(SHOP, null));
        events.add(registered(OTHER_SHOP, "Asia/Kolkata"));
        events.add(sale(SHOP, "s0", DAY_BEFORE, paid(PaymentMode.CASH, 160_00), DAL_1));
        events.add(payment(SHOP, "p0", PaymentMethod.CASH, 160_00, "s0", PaymentStatus.SUCCEEDED, DAY_BEFORE,
                "counter"));
        events.add(sale(SHOP, "s1", DAY, paid(PaymentMode.CASH, 570_00), ATTA_2));
        events.add(payment(SHOP, "p1", PaymentMethod.CASH, 570_00, "s1", PaymentStatus.SUCCEEDED, DAY, "counter"));
        events.add(sale(SHOP, "s2", DAY, new Payment(PaymentMode.SPLIT, List.of(new PaymentPart(PaymentMode.UPI,
                200_00), new PaymentPart(PaymentMode.CREDIT, 305_00)), 200_00, 305_00), SUGAR_5, ATTA_1));
        events.add(ledger("e1", LedgerEntryKind.CREDIT_SALE, 305_00, 0, "s2", DAY));
        events.add(payment(SHOP, "p2", PaymentMethod.UPI, 200_00, "s2", PaymentStatus.SUCCEEDED, DAY, "counter"));
        events.add(sale(SHOP, "s3", DAY, paid(PaymentMode.CASH, 285_00), line(1, "atta", "Aashirvaad Atta 5 kg",
                "PCS", "1", 285_00, 0, 271_43)));
        events.add(new SaleCancelled(SHOP, "s3", "rang up twice", MORNING));
        events.add(payment(SHOP, "p3", PaymentMethod.CASH, 285_00, "s3", PaymentStatus.SUCCEEDED, DAY, "counter"));
        events.add(sale(SHOP, "s4", DAY, new Payment(PaymentMode.CREDIT, List.of(new PaymentPart(PaymentMode.CREDIT,
                160_00)), 0, 160_00), DAL_1));
        events.add(ledger("e2", LedgerEntryKind.CREDIT_SALE, 160_00, 0, "s4", DAY));
        events.add(new SaleCancelled(SHOP, "s4", "wrong customer", AFTERNOON));
        events.add(ledger("e2x", LedgerEntryKind.SALE_CANCELLED, 0, 160_00, "s4", DAY));
        events.add(payment(SHOP, "p4", PaymentMethod.UPI, 150_00, null, PaymentStatus.SUCCEEDED, DAY, "owner"));
        events.add(ledger("e3", LedgerEntryKind.REPAYMENT, 0, 150_00, null, DAY));
        events.add(payment(SHOP, "p5", PaymentMethod.UPI, 80_00, null, PaymentStatus.PENDING, DAY, "cashier"));
        events.add(new PaymentSucceeded(SHOP, "p5", "431234567890", "seen in the bank app", "owner", LATE));
        events.add(ledger("e4", LedgerEntryKind.REPAYMENT, 0, 80_00, null, DAY));
        events.add(payment(SHOP, "p6", PaymentMethod.CARD, 40_00, null, PaymentStatus.PENDING, DAY, "cashier"));
        events.add(new PaymentFailed(SHOP, "p6", "declined", "cashier", AFTERNOON));
        events.add(new PaymentRefunded(SHOP, "p4", "r1", 50_00, 0, 50_00, 50_00, PaymentStatus.SUCCEEDED, "overpaid",
                "owner", LATE));
        events.add(ledger("e5", LedgerEntryKind.REPAYMENT_REFUNDED, 50_00, 0, null, DAY));
        events.add(ledger("e6", LedgerEntryKind.ADJUSTMENT, 0, 20_00, null, DAY));
        events.add(returned("s1", "ret-1", DAY, 285_00));
        events.add(ledger("e7", LedgerEntryKind.RETURN, 0, 285_00, "s2", DAY));
        events.add(returned("s1", "ret-2", DAY_AFTER, 285_00));
        events.add(low(SHOP, "atta", "Aashirvaad Atta 5 kg", "9", MORNING));
        events.add(low(SHOP, "atta", "Aashirvaad Atta 5 kg", "7", AFTERNOON));
        events.add(low(SHOP, "sugar", "Sugar (loose)", "4.5", AFTER_MIDNIGHT));
        events.add(sale(OTHER_SHOP, "o1", DAY, paid(PaymentMode.CARD, 285_00), ATTA_1));
        events.add(payment(OTHER_SHOP, "op1", PaymentMethod.CARD, 285_00, "o1", PaymentStatus.SUCCEEDED, DAY,
                "counter"));
        events.add(low(OTHER_SHOP, "atta", "Aashirvaad Atta 5 kg", "2", AFTERNOON));
        return events;
    }

    private void handle(Object event) {
        if (event instanceof TenantRegistered e) {
            projection.on(e);
        } else if (event instanceof TenantProfileUpdated e) {
            projection.on(e);
        } else if (event instanceof SaleRecorded e) {
            projection.on(e);
        } else if (event instanceof SaleCancelled e) {
            projection.on(e);
        } else if (event instanceof SaleReturned e) {
            projection.on(e);
        } else if (event instanceof LedgerEntryRecorded e) {
            projection.on(e);
        } else if (event instanceof PaymentRecorded e) {
            projection.on(e);
        } else if (event instanceof PaymentSucceeded e) {
            projection.on(e);
        } else if (event instanceof PaymentRefunded e) {
            projection.on(e);
        } else if (event instanceof LowStockDetected e) {
            projection.on(e);
        } else if (!(event instanceof PaymentFailed)) { // a failed payment never came in: nothing to handle
            throw new IllegalArgumentException(event.toString());
        }
    }

    private void handleAll(List<Object> events) {
        events.forEach(this::handle);
    }

    private DailySummary day(String tenantId, String date) {
        return queries.handle(new FindDailySummary(tenantId, date));
    }

    private List<DailySummary> week() {
        return queries.handle(new FindDailySummaries(SHOP, "2026-11-22", "2026-11-28"));
    }

    private static Map<String, Long> collections(long upi, long cash, long card, long bank) {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("UPI", upi);
        expected.put("CASH", cash);
        expected.put("CARD", card);
        expected.put("BANK_TRANSFER", bank);
        return expected;
    }

    // ---- tests ------------------------------------------------------------------------------------------------------

    @Test
    void a_day_adds_up_sales_returns_money_in_udhaar_best_sellers_and_low_stock() {
        handleAll(stream());

        DailySummary day = day(SHOP, DAY);

        // sales s1 and s2; s3 and s4 were cancelled
        long gross = ATTA_2.total() + SUGAR_5.total() + ATTA_1.total();
        assertThat(day.tenantId()).isEqualTo(SHOP);
        assertThat(day.date()).isEqualTo(DAY);
        assertThat(day.salesCount()).isEqualTo(2);
        assertThat(day.gross()).isEqualTo(1075_00).isEqualTo(gross);
        assertThat(day.discounts()).isEqualTo(10_00);
        assertThat(day.taxableValue()).isEqualTo(542_86 + 209_52 + 271_43);
        assertThat(day.cgst() + day.sgst()).isEqualTo(gross - day.taxableValue());
        assertThat(day.cgst()).isEqualTo(ATTA_2.cgst() + SUGAR_5.cgst() + ATTA_1.cgst());
        assertThat(day.igst()).isZero();
        assertThat(day.cess()).isZero();
        // one credit note that day; the next day's counts on the next day
        assertThat(day.returnsCount()).isEqualTo(1);
        assertThat(day.returns()).isEqualTo(285_00);
        assertThat(day.net()).isEqualTo(gross - 285_00);
        // cash: s1 (s3's counter payment left out: it was cancelled); UPI: s2's part, the repayment less its
        // refund, the confirmed pending one; no card (failed)
        assertThat(day.collections()).containsExactlyEntriesOf(collections(200_00 + 150_00 - 50_00 + 80_00, 570_00,
                0, 0));
        assertThat(day.collected()).isEqualTo(570_00 + 380_00);
        assertThat(day.creditGiven()).as("s2's credit part, s4 cancelled").isEqualTo(305_00);
        assertThat(day.creditCollected()).as("s4's khata credit back is no repayment").isEqualTo(150_00 + 80_00 - 50_00);
        assertThat(day.topItems()).containsExactly(
                new DailySummary.TopItem("atta", "Aashirvaad Atta 5 kg", new BigDecimal("3"), "PCS", 855_00),
                new DailySummary.TopItem("sugar", "Sugar (loose)", new BigDecimal("5"), "KG", 220_00));
        assertThat(day.wentLowOnStock()).as("atta's later crossing; sugar's was after midnight").containsExactly(
                new DailySummary.LowStockItem("atta", "ATTA", "Aashirvaad Atta 5 kg", new BigDecimal("7"),
                        new BigDecimal("10"), "PCS"));

        DailySummary next = day(SHOP, DAY_AFTER);
        assertThat(next.salesCount()).isZero();
        assertThat(next.returnsCount()).isEqualTo(1);
        assertThat(next.returns()).isEqualTo(285_00);
        assertThat(next.net()).isEqualTo(-285_00);
        assertThat(next.wentLowOnStock()).extracting(DailySummary.LowStockItem::itemId).containsExactly("sugar");
        assertThat(next.wentLowOnStock().get(0).onHand()).isEqualByComparingTo("4.5");

        DailySummary before = day(SHOP, DAY_BEFORE);
        assertThat(before.salesCount()).isEqualTo(1);
        assertThat(before.gross()).isEqualTo(160_00);
        assertThat(before.collections()).containsExactlyEntriesOf(collections(0, 160_00, 0, 0));
    }

    @Test
    void another_shop_sees_only_its_own_day() {
        handleAll(stream());

        DailySummary theirs = day(OTHER_SHOP, DAY);
        assertThat(theirs.tenantId()).isEqualTo(OTHER_SHOP);
        assertThat(theirs.salesCount()).isEqualTo(1);
        assertThat(theirs.gross()).isEqualTo(285_00);
        assertThat(theirs.collections()).containsExactlyEntriesOf(collections(0, 0, 285_00, 0));
        assertThat(theirs.creditGiven()).isZero();
        assertThat(theirs.returnsCount()).isZero();
        assertThat(theirs.wentLowOnStock()).extracting(DailySummary.LowStockItem::onHand)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2"));
        assertThat(day("0193a5c2-0000-7000-8000-00000000dead", DAY).salesCount()).isZero();
    }

    @Test
    void a_day_without_activity_is_all_zeros_and_a_range_has_every_day() {
        DailySummary quiet = day(SHOP, DAY);
        assertThat(quiet).isEqualTo(new DailySummary(SHOP, DAY, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                collections(0, 0, 0, 0), 0, 0, List.of(), List.of()));

        handleAll(stream());
        List<DailySummary> week = week();
        assertThat(week).extracting(DailySummary::date).containsExactly("2026-11-22", "2026-11-23", DAY_BEFORE, DAY,
                DAY_AFTER, "2026-11-27", "2026-11-28");
        assertThat(week.get(3)).isEqualTo(day(SHOP, DAY));
        assertThat(week.get(4)).isEqualTo(day(SHOP, DAY_AFTER));
        assertThat(week.get(0).salesCount()).isZero();
    }

    @Test
    void every_event_handled_twice_counts_once() {
        handleAll(stream());
        List<DailySummary> once = week();

        mongo.template().getDb().drop();
        emptyStore();
        for (Object event : stream()) {
            handle(event);
            handle(event);
        }

        assertThat(week()).isEqualTo(once);
    }

    @Test
    void a_replay_after_a_reset_gives_the_same_figures() {
        handleAll(stream());
        List<DailySummary> first = week();
        DailySummary theirs = day(OTHER_SHOP, DAY);

        projection.reset();
        assertThat(day(SHOP, DAY).salesCount()).as("reset clears the facts").isZero();
        assertThat(facts.shopZone(SHOP)).isEmpty();

        handleAll(stream());
        assertThat(week()).isEqualTo(first);
        assertThat(day(OTHER_SHOP, DAY)).isEqualTo(theirs);
    }

    @Test
    void instants_are_dated_in_the_shops_own_time_zone_as_it_stood() {
        handleAll(List.of(registered(SHOP, "Asia/Kolkata"),
                payment(SHOP, "p1", PaymentMethod.UPI, 100_00, null, PaymentStatus.PENDING, DAY, "cashier"),
                new PaymentSucceeded(SHOP, "p1", null, null, "owner", AFTER_MIDNIGHT),
                new TenantProfileUpdated(SHOP, registered(SHOP, "UTC").profile(), AFTER_MIDNIGHT),
                low(SHOP, "atta", "Aashirvaad Atta 5 kg", "3", AFTER_MIDNIGHT.plusSeconds(60))));

        assertThat(day(SHOP, DAY).collections().get("UPI")).as("pending on the 25th, confirmed at 01:30 IST")
                .isZero();
        assertThat(day(SHOP, DAY_AFTER).collections().get("UPI")).isEqualTo(100_00);
        assertThat(day(SHOP, DAY).wentLowOnStock()).as("in UTC, 20:01 is still the 25th").hasSize(1);
    }

    @Test
    void bad_dates_and_ranges_are_refused_with_their_field() {
        assertThatThrownBy(() -> day(SHOP, "25-11-2026")).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code() + " " + v.field()).isEqualTo("DATE_INVALID date"));
        assertThatThrownBy(() -> queries.handle(new FindDailySummaries(SHOP, "2026-11-25", "2026-11-24")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code() + " " + v.field()).isEqualTo("DATE_RANGE_INVALID from"));
        assertThatThrownBy(() -> queries.handle(new FindDailySummaries(SHOP, "2026-01-01", "2026-04-03")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code() + " " + v.field()).isEqualTo("RANGE_TOO_LONG from"));
        assertThat(queries.handle(new FindDailySummaries(SHOP, "2026-01-01", "2026-04-02"))).as("92 days")
                .hasSize(92);
    }
}
