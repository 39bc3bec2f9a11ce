package dev.bahi.sales.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.ListCustomers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the customer adapters must do on any MongoDB they run on: customers and khata lines read back exactly and
 * only within their shop, search and paging that neither leak nor skip, a balance that never goes back to an older
 * entry's, date ranges over business dates, and phones unique within a shop even when two claims race.
 */
abstract class CustomerAdaptersContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String MEENA = "0193c0de-0000-7000-8000-00000000000a";
    static final String RAVI = "0193c0de-0000-7000-8000-00000000000b";
    static final String ANJALI = "0193c0de-0000-7000-8000-00000000000c";
    static final String MEENA_PHONE = "+919822012345";
    static final Instant OPENED_AT = Instant.parse("2026-11-01T05:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-10T06:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-20T06:00:00Z");

    private MongoCustomerReadModel customers;
    private MongoLedgerReadModel ledger;
    private MongoCustomerPhoneDirectory phones;

    /** The {@code bahi_sales} database of the store under test. */
    protected abstract MongoTemplate template();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = template();
        for (String collection : List.of(MongoCustomerReadModel.COLLECTION, MongoLedgerReadModel.COLLECTION,
                MongoCustomerPhoneDirectory.COLLECTION)) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        customers = new MongoCustomerReadModel(mongo);
        ledger = new MongoLedgerReadModel(mongo);
        phones = new MongoCustomerPhoneDirectory(mongo);
    }

    // ---------------------------------------------------------------- fixtures

    static CustomerDetails details(String name, String phone) {
        return new CustomerDetails(name, phone, null, "27", "Shivaji Nagar, Pune", 500000L, false);
    }

    static CustomerView customer(String tenantId, String customerId, String name, String phone) {
        return new CustomerView(customerId, tenantId, details(name, phone), 0, OPENED_AT, OPENED_AT);
    }

    static String customerId(int n) {
        return String.format("0193c0de-0000-7000-8000-%012d", n);
    }

    static LedgerEntryView entry(String customerId, long sequence, String date, long debit, long credit,
                                 long balance) {
        return new LedgerEntryView(customerId + ":" + sequence, sequence, date,
                debit > 0 ? LedgerEntryKind.CREDIT_SALE : LedgerEntryKind.REPAYMENT, debit, credit, balance,
                debit > 0 ? "sale-" + sequence : null, "ref-" + sequence, null, null, T1.plusSeconds(sequence));
    }

    private List<String> listed(String q) {
        return customers.list(new ListCustomers(SHOP, q, null, null)).customers().stream()
                .map(CustomerView::customerId).toList();
    }

    private static void assertViolation(Runnable call, String code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    // ---------------------------------------------------------------- customers: storage

    @Test
    void an_opened_customer_reads_back_exactly() {
        CustomerView meena = new CustomerView(MEENA, SHOP, new CustomerDetails("Meena Patil", MEENA_PHONE,
                "27AAPFU0939F1ZV", "27", "Flat 4, Shivaji Nagar, Pune", 500000L, true), 0, OPENED_AT, OPENED_AT);

        customers.open(meena);

        assertThat(customers.find(SHOP, MEENA)).contains(meena);
    }

    @Test
    void a_customer_without_optional_details_reads_back_with_nulls() {
        CustomerView plain = new CustomerView(MEENA, SHOP, new CustomerDetails("Meena", MEENA_PHONE, null, null, null,
                null, false), 0, OPENED_AT, OPENED_AT);

        customers.open(plain);

        assertThat(customers.find(SHOP, MEENA)).contains(plain);
    }

    @Test
    void a_customer_is_not_found_by_another_shop_nor_under_another_id() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));

        assertThat(customers.find(OTHER_SHOP, MEENA)).isEmpty();
        assertThat(customers.find(SHOP, RAVI)).isEmpty();
    }

    @Test
    void the_same_customer_id_in_two_shops_is_two_customers() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));
        customers.open(customer(OTHER_SHOP, MEENA, "Someone Else", "+919900000001"));
        customers.recordBalance(OTHER_SHOP, MEENA, 1, 7000, T1);

        assertThat(customers.find(SHOP, MEENA).orElseThrow().details().name()).isEqualTo("Meena Patil");
        assertThat(customers.find(SHOP, MEENA).orElseThrow().balance()).isZero();
        assertThat(customers.find(OTHER_SHOP, MEENA).orElseThrow().details().name()).isEqualTo("Someone Else");
        assertThat(customers.find(OTHER_SHOP, MEENA).orElseThrow().balance()).isEqualTo(7000);
    }

    @Test
    void opening_again_leaves_the_customer_as_later_events_made_it() {
        CustomerView opened = customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE);
        customers.open(opened);
        customers.recordBalance(SHOP, MEENA, 1, 125000, T1);

        customers.open(opened);

        assertThat(customers.find(SHOP, MEENA).orElseThrow().balance()).isEqualTo(125000);
        assertThat(template().getCollection(MongoCustomerReadModel.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void the_balance_is_the_latest_entrys_and_an_older_entry_never_puts_its_balance_back() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));

        customers.recordBalance(SHOP, MEENA, 1, 100000, T1);
        customers.recordBalance(SHOP, MEENA, 2, 40000, T2);
        customers.recordBalance(SHOP, MEENA, 1, 100000, T1);
        customers.recordBalance(SHOP, MEENA, 2, 99999, T2);

        CustomerView meena = customers.find(SHOP, MEENA).orElseThrow();
        assertThat(meena.balance()).isEqualTo(40000);
        assertThat(meena.updatedAt()).isEqualTo(T2);
        assertThat(meena.openedAt()).isEqualTo(OPENED_AT);
    }

    @Test
    void a_balance_may_go_below_zero_for_an_advance() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));

        customers.recordBalance(SHOP, MEENA, 1, -20000, T1);

        assertThat(customers.find(SHOP, MEENA).orElseThrow().balance()).isEqualTo(-20000);
    }

    @Test
    void changed_details_keep_the_balance_and_are_searched_by() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));
        customers.recordBalance(SHOP, MEENA, 1, 125000, T1);
        CustomerDetails changed = new CustomerDetails("Meena Deshmukh", "+919822099999", null, null, null, null, true);

        customers.changeDetails(SHOP, MEENA, changed, T2);

        CustomerView meena = customers.find(SHOP, MEENA).orElseThrow();
        assertThat(meena.details()).isEqualTo(changed);
        assertThat(meena.balance()).isEqualTo(125000);
        assertThat(meena.updatedAt()).isEqualTo(T2);
        assertThat(listed("deshmukh")).containsExactly(MEENA);
        assertThat(listed("patil")).isEmpty();
        assertThat(listed("99999")).containsExactly(MEENA);
        assertThat(listed("12345")).isEmpty();
    }

    @Test
    void changes_for_a_customer_not_there_write_nothing() {
        customers.changeDetails(SHOP, MEENA, details("Ghost", MEENA_PHONE), T1);
        customers.recordBalance(SHOP, MEENA, 1, 100, T1);
        customers.open(customer(SHOP, RAVI, "Ravi", "+919822000002"));
        customers.changeDetails(OTHER_SHOP, RAVI, details("Hijacked", MEENA_PHONE), T1);
        customers.recordBalance(OTHER_SHOP, RAVI, 1, 100, T1);

        assertThat(customers.find(SHOP, MEENA)).isEmpty();
        assertThat(customers.find(OTHER_SHOP, RAVI)).isEmpty();
        assertThat(customers.find(SHOP, RAVI).orElseThrow().details().name()).isEqualTo("Ravi");
        assertThat(customers.find(SHOP, RAVI).orElseThrow().balance()).isZero();
        assertThat(template().getCollection(MongoCustomerReadModel.COLLECTION).countDocuments()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- customers: search and paging

    private void openShopCustomers() {
        customers.open(customer(SHOP, MEENA, "Meena Patil", "+919822012345"));
        customers.open(customer(SHOP, RAVI, "Ravi Sharma", "+919812345678"));
        customers.open(customer(SHOP, ANJALI, "Anjali PATIL-Kulkarni", "+917020011223"));
        customers.open(customer(OTHER_SHOP, customerId(99), "Meena Patil", "+919822012345"));
        customers.open(customer(OTHER_SHOP, customerId(98), "Patil (a.*) Stores", "+919822012399"));
    }

    @Test
    void without_q_the_list_is_the_shops_customers_in_the_order_they_were_opened() {
        openShopCustomers();

        assertThat(listed(null)).containsExactly(MEENA, RAVI, ANJALI);
        assertThat(listed("  ")).as("a blank q is no filter").containsExactly(MEENA, RAVI, ANJALI);
    }

    @Test
    void q_matches_a_name_anywhere_in_any_case() {
        openShopCustomers();

        assertThat(listed("patil")).containsExactly(MEENA, ANJALI);
        assertThat(listed("PATIL")).containsExactly(MEENA, ANJALI);
        assertThat(listed(" sharm ")).containsExactly(RAVI);
        assertThat(listed("kulkarni")).containsExactly(ANJALI);
        assertThat(listed("nobody")).isEmpty();
    }

    @Test
    void q_matches_digits_of_the_phone_however_they_are_typed() {
        openShopCustomers();

        assertThat(listed("98220")).containsExactly(MEENA);
        assertThat(listed("98220 12345")).containsExactly(MEENA);
        assertThat(listed("+91 98")).containsExactly(MEENA, RAVI);
        assertThat(listed("12345")).containsExactly(MEENA, RAVI);
        assertThat(listed("7020")).containsExactly(ANJALI);
        assertThat(listed("55555")).isEmpty();
    }

    @Test
    void q_is_text_not_a_pattern() {
        openShopCustomers();
        customers.open(customer(SHOP, customerId(50), "Patil (a.*) Stores", "+919822012300"));

        assertThat(listed("(a.*)")).containsExactly(customerId(50));
        assertThat(listed(".*")).containsExactly(customerId(50));
        assertThat(listed("[")).isEmpty();
    }

    @Test
    void the_list_never_shows_another_shops_customers() {
        openShopCustomers();

        for (String q : new String[] {null, "patil", "meena", "98220", "+919822012345", "stores", "(a.*)"}) {
            CustomerPage page = customers.list(new ListCustomers(SHOP, q, 200, null));
            assertThat(page.customers()).as(q).allMatch(c -> SHOP.equals(c.tenantId()));
            assertThat(page.customers()).as(q).extracting(CustomerView::customerId)
                    .doesNotContain(customerId(99), customerId(98));
        }
        assertThat(customers.list(new ListCustomers(OTHER_SHOP, null, null, null)).customers())
                .extracting(CustomerView::customerId).containsExactly(customerId(98), customerId(99));
        assertThat(customers.list(new ListCustomers("0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b00", null, null, null))
                .customers()).isEmpty();
    }

    @Test
    void paging_walks_every_customer_exactly_once_in_id_order() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            expected.add(customerId(100 + i));
        }
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        for (String id : shuffled) {
            customers.open(customer(SHOP, id, "Patil " + id, "+9198220" + id.substring(31)));
            customers.open(customer(OTHER_SHOP, id, "Patil " + id, "+9198220" + id.substring(31)));
        }

        List<String> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CustomerPage page = customers.list(new ListCustomers(SHOP, "patil", 4, cursor));
            page.customers().forEach(c -> assertThat(c.tenantId()).isEqualTo(SHOP));
            walked.addAll(page.customers().stream().map(CustomerView::customerId).toList());
            sizes.add(page.customers().size());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(10);
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(4, 4, 3);
    }

    @Test
    void paging_keeps_to_q() {
        openShopCustomers();

        CustomerPage first = customers.list(new ListCustomers(SHOP, "patil", 1, null));
        CustomerPage second = customers.list(new ListCustomers(SHOP, "patil", 1, first.nextCursor()));

        assertThat(first.customers()).extracting(CustomerView::customerId).containsExactly(MEENA);
        assertThat(second.customers()).extracting(CustomerView::customerId).containsExactly(ANJALI);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void a_bad_limit_or_cursor_is_refused() {
        assertViolation(() -> customers.list(new ListCustomers(SHOP, null, 0, null)), "LIMIT_INVALID", "limit");
        assertViolation(() -> customers.list(new ListCustomers(SHOP, null, 201, null)), "LIMIT_INVALID", "limit");
        assertViolation(() -> customers.list(new ListCustomers(SHOP, null, 10, "%%%")), "CURSOR_INVALID", "cursor");
    }

    @Test
    void clear_forgets_every_shops_customers() {
        openShopCustomers();

        customers.clear();

        assertThat(listed(null)).isEmpty();
        assertThat(customers.find(OTHER_SHOP, customerId(99))).isEmpty();
        assertThat(template().getCollection(MongoCustomerReadModel.COLLECTION).countDocuments()).isZero();
        customers.open(customer(SHOP, MEENA, "Meena Patil", MEENA_PHONE));
        assertThat(listed(null)).containsExactly(MEENA);
    }

    // ---------------------------------------------------------------- the khata

    private void saveKhata() {
        ledger.save(SHOP, MEENA, entry(MEENA, 1, "2026-10-28", 100000, 0, 100000));
        ledger.save(SHOP, MEENA, entry(MEENA, 2, "2026-11-03", 25000, 0, 125000));
        ledger.save(SHOP, MEENA, entry(MEENA, 3, "2026-11-03", 0, 50000, 75000));
        ledger.save(SHOP, MEENA, entry(MEENA, 4, "2026-11-15", 0, 5000, 70000));
        ledger.save(SHOP, MEENA, entry(MEENA, 5, "2026-12-02", 30000, 0, 100000));
        // another customer of the shop and another shop's customer with the same id, on the same days
        ledger.save(SHOP, RAVI, entry(RAVI, 1, "2026-11-03", 900000, 0, 900000));
        ledger.save(OTHER_SHOP, MEENA, entry(MEENA, 1, "2026-11-01", 700000, 0, 700000));
        ledger.save(OTHER_SHOP, MEENA, entry(MEENA, 2, "2026-11-15", 700000, 0, 1400000));
    }

    private List<Long> sequences(String from, String to) {
        return ledger.between(SHOP, MEENA, from, to).stream().map(LedgerEntryView::sequence).toList();
    }

    @Test
    void saved_entries_read_back_exactly_in_the_khatas_order() {
        LedgerEntryView override = new LedgerEntryView(MEENA + ":1", 1, "2026-11-03", LedgerEntryKind.CREDIT_SALE,
                600000, 0, 600000, "sale-1", "INV/26-27/000042", null, "owner-ravi", T1);
        LedgerEntryView adjustment = new LedgerEntryView(MEENA + ":2", 2, "2026-11-04", LedgerEntryKind.ADJUSTMENT, 0,
                5000, 595000, null, null, "rounded off", null, T2);

        ledger.save(SHOP, MEENA, adjustment);
        ledger.save(SHOP, MEENA, override);

        assertThat(ledger.between(SHOP, MEENA, null, null)).containsExactly(override, adjustment);
    }

    @Test
    void saving_an_entry_again_replaces_it() {
        LedgerEntryView first = entry(MEENA, 1, "2026-11-03", 1000, 0, 1000);
        ledger.save(SHOP, MEENA, first);
        ledger.save(SHOP, MEENA, first);

        assertThat(ledger.between(SHOP, MEENA, null, null)).containsExactly(first);
        assertThat(template().getCollection(MongoLedgerReadModel.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void sequence_order_holds_past_nine_and_ninety_nine_entries() {
        for (long s : new long[] {100, 2, 10, 9, 1, 99}) {
            ledger.save(SHOP, MEENA, entry(MEENA, s, "2026-11-03", 100, 0, s * 100));
        }

        assertThat(sequences(null, null)).containsExactly(1L, 2L, 9L, 10L, 99L, 100L);
        assertThat(ledger.lastUpTo(SHOP, MEENA, null).orElseThrow().sequence()).isEqualTo(100);
    }

    @Test
    void a_range_keeps_entries_dated_from_to_both_included() {
        saveKhata();

        assertThat(sequences("2026-11-01", "2026-11-30")).containsExactly(2L, 3L, 4L);
        assertThat(sequences("2026-11-03", "2026-11-03")).containsExactly(2L, 3L);
        assertThat(sequences("2026-11-15", null)).containsExactly(4L, 5L);
        assertThat(sequences(null, "2026-11-03")).containsExactly(1L, 2L, 3L);
        assertThat(sequences(null, null)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(sequences("2026-11-04", "2026-11-14")).isEmpty();
        assertThat(sequences("2027-01-01", null)).isEmpty();
    }

    @Test
    void the_last_entry_before_a_date_gives_what_was_owed_then() {
        saveKhata();

        assertThat(ledger.lastBefore(SHOP, MEENA, "2026-11-01").orElseThrow().balance()).isEqualTo(100000);
        assertThat(ledger.lastBefore(SHOP, MEENA, "2026-11-03").orElseThrow().sequence()).isEqualTo(1);
        assertThat(ledger.lastBefore(SHOP, MEENA, "2026-11-04").orElseThrow().sequence()).as("the later of one day's")
                .isEqualTo(3);
        assertThat(ledger.lastBefore(SHOP, MEENA, "2026-10-28")).as("nothing before the first entry").isEmpty();
        assertThat(ledger.lastBefore(SHOP, MEENA, "2030-01-01").orElseThrow().sequence()).isEqualTo(5);
    }

    @Test
    void the_last_entry_up_to_a_date_includes_that_day() {
        saveKhata();

        assertThat(ledger.lastUpTo(SHOP, MEENA, "2026-11-03").orElseThrow().sequence()).isEqualTo(3);
        assertThat(ledger.lastUpTo(SHOP, MEENA, "2026-11-30").orElseThrow().balance()).isEqualTo(70000);
        assertThat(ledger.lastUpTo(SHOP, MEENA, "2026-10-27")).isEmpty();
        assertThat(ledger.lastUpTo(SHOP, MEENA, null).orElseThrow().sequence()).isEqualTo(5);
    }

    @Test
    void a_khata_never_shows_another_customers_or_another_shops_entries() {
        saveKhata();

        assertThat(ledger.between(SHOP, MEENA, null, null)).extracting(LedgerEntryView::entryId)
                .allMatch(id -> id.startsWith(MEENA + ":"));
        assertThat(ledger.between(SHOP, MEENA, null, null)).extracting(LedgerEntryView::balance)
                .doesNotContain(900000L, 700000L, 1400000L);
        assertThat(ledger.between(OTHER_SHOP, MEENA, null, null)).extracting(LedgerEntryView::balance)
                .containsExactly(700000L, 1400000L);
        assertThat(ledger.lastUpTo(OTHER_SHOP, MEENA, "2026-11-10").orElseThrow().balance()).isEqualTo(700000);
        assertThat(ledger.lastBefore(SHOP, RAVI, "2026-11-04").orElseThrow().balance()).isEqualTo(900000);
        assertThat(ledger.between(SHOP, ANJALI, null, null)).isEmpty();
        assertThat(ledger.lastUpTo(SHOP, ANJALI, null)).isEmpty();
        assertThat(ledger.between("0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b00", MEENA, null, null)).isEmpty();
    }

    @Test
    void clear_forgets_every_khata() {
        saveKhata();

        ledger.clear();

        assertThat(ledger.between(SHOP, MEENA, null, null)).isEmpty();
        assertThat(ledger.lastUpTo(OTHER_SHOP, MEENA, null)).isEmpty();
        assertThat(template().getCollection(MongoLedgerReadModel.COLLECTION).countDocuments()).isZero();
    }

    // ---------------------------------------------------------------- phones

    @Test
    void a_claimed_phone_belongs_to_its_customer_and_is_taken_for_anyone_else() {
        phones.claim(SHOP, MEENA_PHONE, MEENA);

        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(MEENA);
        assertThatThrownBy(() -> phones.claim(SHOP, MEENA_PHONE, RAVI)).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.code()).isEqualTo("PHONE_TAKEN"));
        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(MEENA);
        assertThat(phones.customerOf(SHOP, "+919822099999")).isEmpty();
    }

    @Test
    void the_same_phone_is_free_in_another_shop() {
        phones.claim(SHOP, MEENA_PHONE, MEENA);

        phones.claim(OTHER_SHOP, MEENA_PHONE, RAVI);

        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(MEENA);
        assertThat(phones.customerOf(OTHER_SHOP, MEENA_PHONE)).contains(RAVI);
    }

    @Test
    void only_the_owner_gives_a_phone_back() {
        phones.claim(SHOP, MEENA_PHONE, MEENA);

        phones.release(SHOP, MEENA_PHONE, RAVI);
        phones.release(OTHER_SHOP, MEENA_PHONE, MEENA);
        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(MEENA);

        phones.release(SHOP, MEENA_PHONE, MEENA);
        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).isEmpty();
        phones.claim(SHOP, MEENA_PHONE, RAVI);
        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(RAVI);
    }

    @Test
    void of_racing_claims_on_one_phone_exactly_one_wins() throws Exception {
        int racers = 8;
        List<String> winners = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> claims = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String id = customerId(200 + i);
            claims.add(() -> {
                try {
                    phones.claim(SHOP, MEENA_PHONE, id);
                    winners.add(id);
                } catch (StateConflict e) {
                    refusals.add(e.code());
                }
                return null;
            });
        }

        race(claims);

        assertThat(winners).hasSize(1);
        assertThat(refusals).hasSize(racers - 1).containsOnly("PHONE_TAKEN");
        assertThat(phones.customerOf(SHOP, MEENA_PHONE)).contains(winners.get(0));
        assertThat(template().getCollection(MongoCustomerPhoneDirectory.COLLECTION).countDocuments()).isEqualTo(1);
    }

    private static void race(List<Callable<Void>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (Callable<Void> call : calls) {
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Void> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
