package dev.bahi.sales.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.sales.adapter.out.persistence.MongoCustomerReadModel;
import dev.bahi.sales.adapter.out.persistence.MongoLedgerReadModel;
import dev.bahi.sales.api.CustomerAccountOpened;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerDetailsChanged;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindLedger;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.ListCustomers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer projection and query handler called as plain objects, on the embedded store. */
class CustomerProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String MEENA = "0193c0de-0000-7000-8000-00000000000a";
    private static final String RAVI = "0193c0de-0000-7000-8000-00000000000b";
    private static final Instant OPENED_AT = Instant.parse("2026-10-28T05:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-03T06:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-15T06:00:00Z");
    private static final Instant T3 = Instant.parse("2026-12-02T06:00:00Z");
    private static final CustomerDetails MEENA_DETAILS = new CustomerDetails("Meena Patil", "+919822012345", null,
            "27", "Shivaji Nagar, Pune", 500000L, false);

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("sales");

    private CustomerProjection projection;
    private CustomerQueryHandler queries;

    @BeforeEach
    void setUp() {
        MongoCustomerReadModel customers = new MongoCustomerReadModel(mongo.template());
        MongoLedgerReadModel ledger = new MongoLedgerReadModel(mongo.template());
        projection = new CustomerProjection(customers, ledger);
        queries = new CustomerQueryHandler(customers, ledger);
    }

    // ---------------------------------------------------------------- fixtures

    private static CustomerAccountOpened opened(String tenantId, String customerId) {
        return new CustomerAccountOpened(tenantId, customerId, MEENA_DETAILS, OPENED_AT);
    }

    private static LedgerEntryRecorded entry(String tenantId, String customerId, long sequence, LedgerEntryKind kind,
                                             long debit, long credit, long balance, String date, Instant at) {
        return new LedgerEntryRecorded(tenantId, customerId, customerId + ":" + sequence, sequence, kind, debit, credit,
                balance, kind == LedgerEntryKind.CREDIT_SALE ? "sale-" + sequence : null, "ref-" + sequence,
                kind == LedgerEntryKind.ADJUSTMENT ? "rounded off" : null, null, date, at);
    }

    /** Meena's khata: opening balance in October, a sale and a repayment on 3 November, an adjustment, a sale in December. */
    private static List<Object> meenasHistory() {
        return List.of(
                opened(SHOP, MEENA),
                entry(SHOP, MEENA, 1, LedgerEntryKind.OPENING_BALANCE, 100000, 0, 100000, "2026-10-28", OPENED_AT),
                entry(SHOP, MEENA, 2, LedgerEntryKind.CREDIT_SALE, 25000, 0, 125000, "2026-11-03", T1),
                entry(SHOP, MEENA, 3, LedgerEntryKind.REPAYMENT, 0, 50000, 75000, "2026-11-03", T1.plusSeconds(60)),
                new CustomerDetailsChanged(SHOP, MEENA, new CustomerDetails("Meena Deshmukh", "+919822099999", null,
                        "27", null, null, true), T2.minusSeconds(60)),
                entry(SHOP, MEENA, 4, LedgerEntryKind.ADJUSTMENT, 0, 5000, 70000, "2026-11-15", T2),
                entry(SHOP, MEENA, 5, LedgerEntryKind.CREDIT_SALE, 30000, 0, 100000, "2026-12-02", T3));
    }

    private void handle(Object event) {
        if (event instanceof CustomerAccountOpened e) {
            projection.on(e);
        } else if (event instanceof CustomerDetailsChanged e) {
            projection.on(e);
        } else if (event instanceof LedgerEntryRecorded e) {
            projection.on(e);
        } else {
            throw new IllegalArgumentException(String.valueOf(event));
        }
    }

    private void handleAll(List<Object> events) {
        events.forEach(this::handle);
    }

    private CustomerView meena() {
        return queries.handle(new FindCustomer(SHOP, MEENA));
    }

    private Ledger ledger(String from, String to) {
        return queries.handle(new FindLedger(SHOP, MEENA, from, to));
    }

    // ---------------------------------------------------------------- customers

    @Test
    void an_opened_customer_owes_nothing_until_an_entry_says_so() {
        projection.on(opened(SHOP, MEENA));

        assertThat(meena()).isEqualTo(new CustomerView(MEENA, SHOP, MEENA_DETAILS, 0, OPENED_AT, OPENED_AT));
    }

    @Test
    void the_customer_owes_the_balance_of_their_latest_entry_with_their_latest_details() {
        handleAll(meenasHistory());

        CustomerView meena = meena();
        assertThat(meena.balance()).isEqualTo(100000);
        assertThat(meena.details().name()).isEqualTo("Meena Deshmukh");
        assertThat(meena.details().creditLimit()).isNull();
        assertThat(meena.openedAt()).isEqualTo(OPENED_AT);
        assertThat(meena.updatedAt()).isEqualTo(T3);
        assertThat(queries.handle(new ListCustomers(SHOP, "99999", null, null)).customers())
                .extracting(CustomerView::customerId).containsExactly(MEENA);
    }

    @Test
    void handling_every_event_twice_gives_the_same_read_models() {
        handleAll(meenasHistory());
        CustomerView once = meena();
        Ledger ledgerOnce = ledger(null, null);

        for (Object event : meenasHistory()) {
            handle(event);
            handle(event);
        }

        assertThat(meena()).isEqualTo(once);
        assertThat(ledger(null, null)).isEqualTo(ledgerOnce);
        assertThat(ledgerOnce.entries()).hasSize(5);
    }

    @Test
    void replaying_the_stream_over_what_is_there_changes_nothing() {
        handleAll(meenasHistory());
        CustomerView before = meena();
        Ledger ledgerBefore = ledger("2026-11-01", "2026-11-30");

        handleAll(meenasHistory());

        assertThat(meena()).isEqualTo(before);
        assertThat(meena().balance()).as("not the opening event's zero nor an older entry's balance").isEqualTo(100000);
        assertThat(ledger("2026-11-01", "2026-11-30")).isEqualTo(ledgerBefore);
    }

    @Test
    void reset_clears_everything_and_a_replay_rebuilds_it() {
        handleAll(meenasHistory());
        CustomerView before = meena();
        Ledger ledgerBefore = ledger(null, null);

        projection.reset();

        assertThat(meena()).isNull();
        assertThat(queries.handle(new ListCustomers(SHOP, null, null, null)).customers()).isEmpty();
        assertThat(mongo.template().getCollection("ledger_entries").countDocuments()).isZero();
        assertThat(mongo.template().getCollection("customers").countDocuments()).isZero();

        handleAll(meenasHistory());

        assertThat(meena()).isEqualTo(before);
        assertThat(ledger(null, null)).isEqualTo(ledgerBefore);
    }

    // ---------------------------------------------------------------- the khata

    @Test
    void a_range_has_the_balance_before_it_its_entries_and_the_balance_at_its_end() {
        handleAll(meenasHistory());

        Ledger november = ledger("2026-11-01", "2026-11-30");

        assertThat(november.customerId()).isEqualTo(MEENA);
        assertThat(november.from()).isEqualTo("2026-11-01");
        assertThat(november.to()).isEqualTo("2026-11-30");
        assertThat(november.openingBalance()).isEqualTo(100000);
        assertThat(november.entries()).extracting(LedgerEntryView::sequence).containsExactly(2L, 3L, 4L);
        assertThat(november.entries()).extracting(LedgerEntryView::balance).containsExactly(125000L, 75000L, 70000L);
        assertThat(november.closingBalance()).isEqualTo(70000);
        LedgerEntryView sale = november.entries().get(0);
        assertThat(sale).isEqualTo(new LedgerEntryView(MEENA + ":2", 2, "2026-11-03", LedgerEntryKind.CREDIT_SALE,
                25000, 0, 125000, "sale-2", "ref-2", null, null, T1));
        assertThat(november.entries().get(2).note()).isEqualTo("rounded off");
    }

    @Test
    void open_ends_start_at_nothing_owed_and_end_at_the_latest_balance() {
        handleAll(meenasHistory());

        Ledger all = ledger(null, null);
        assertThat(all.openingBalance()).isZero();
        assertThat(all.closingBalance()).isEqualTo(100000);
        assertThat(all.entries()).hasSize(5);

        Ledger untilNovember = ledger(null, "2026-11-03");
        assertThat(untilNovember.openingBalance()).isZero();
        assertThat(untilNovember.entries()).extracting(LedgerEntryView::sequence).containsExactly(1L, 2L, 3L);
        assertThat(untilNovember.closingBalance()).isEqualTo(75000);

        Ledger fromDecember = ledger("2026-12-01", null);
        assertThat(fromDecember.openingBalance()).isEqualTo(70000);
        assertThat(fromDecember.closingBalance()).isEqualTo(100000);
    }

    @Test
    void a_range_with_no_entries_opens_and_closes_at_what_was_owed() {
        handleAll(meenasHistory());

        Ledger quiet = ledger("2026-11-16", "2026-11-30");
        assertThat(quiet.entries()).isEmpty();
        assertThat(quiet.openingBalance()).isEqualTo(70000);
        assertThat(quiet.closingBalance()).isEqualTo(70000);

        Ledger before = ledger("2026-01-01", "2026-01-31");
        assertThat(before.entries()).isEmpty();
        assertThat(before.openingBalance()).isZero();
        assertThat(before.closingBalance()).isZero();
    }

    @Test
    void a_customer_of_another_shop_or_none_has_no_khata() {
        handleAll(meenasHistory());
        projection.on(opened(OTHER_SHOP, RAVI));
        projection.on(entry(OTHER_SHOP, RAVI, 1, LedgerEntryKind.CREDIT_SALE, 900000, 0, 900000, "2026-11-03", T1));

        assertThat(queries.handle(new FindLedger(OTHER_SHOP, MEENA, null, null))).isNull();
        assertThat(queries.handle(new FindCustomer(OTHER_SHOP, MEENA))).isNull();
        assertThat(queries.handle(new FindLedger(SHOP, RAVI, null, null))).isNull();
        assertThat(queries.handle(new FindLedger(SHOP, "0193c0de-0000-7000-8000-0000000000ff", null, null))).isNull();
        assertThat(queries.handle(new FindLedger(OTHER_SHOP, RAVI, null, null)).closingBalance()).isEqualTo(900000);
        assertThat(ledger(null, null).entries()).extracting(LedgerEntryView::balance).doesNotContain(900000L);
    }
}
