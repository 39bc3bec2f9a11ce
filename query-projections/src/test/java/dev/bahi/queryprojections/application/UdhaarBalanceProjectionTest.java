package dev.bahi.queryprojections.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import dev.bahi.queryprojections.adapter.out.persistence.MongoUdhaarBalanceReadModel;
import dev.bahi.queryprojections.api.FindUdhaarBalances;
import dev.bahi.queryprojections.api.UdhaarBalances;
import dev.bahi.sales.api.CustomerAccountOpened;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerDetailsChanged;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryRecorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The udhaar balances projection and its query handler as plain objects over the embedded store: lines kept once,
 * a replay after a reset gives the same report, a cancelled sale takes its own bill away, shops stay apart.
 */
class UdhaarBalanceProjectionTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("query-projections");

    static final String SHOP = "shop-a";
    static final String OTHER = "shop-b";
    static final LocalDate TODAY = LocalDate.of(2025, 10, 14);

    private UdhaarBalanceProjection projection;
    private UdhaarBalanceQueryHandler handler;

    @BeforeEach
    void setUp() {
        MongoUdhaarBalanceReadModel khatas = new MongoUdhaarBalanceReadModel(mongo.template());
        projection = new UdhaarBalanceProjection(khatas);
        handler = new UdhaarBalanceQueryHandler(khatas);
    }

    static CustomerDetails details(String name) {
        return new CustomerDetails(name, "+919876543210", null, null, null, null, false);
    }

    static LedgerEntryRecorded line(String tenant, String customer, long sequence, LedgerEntryKind kind, long debit,
                                    long credit, String saleId, LocalDate on) {
        return new LedgerEntryRecorded(tenant, customer, customer + "-" + sequence, sequence, kind, debit, credit, 0,
                saleId, null, null, null, on.toString(), Instant.parse("2025-10-14T06:00:00Z"));
    }

    private List<Object> history() {
        return List.of(
                new CustomerAccountOpened(SHOP, "meena", details("Meena"), Instant.EPOCH),
                new CustomerDetailsChanged(SHOP, "meena", details("Meena Patil"), Instant.EPOCH),
                line(SHOP, "meena", 1, LedgerEntryKind.CREDIT_SALE, 1000_00, 0, "s1", TODAY.minusDays(75)),
                line(SHOP, "meena", 2, LedgerEntryKind.CREDIT_SALE, 500_00, 0, "s2", TODAY.minusDays(10)),
                line(SHOP, "meena", 3, LedgerEntryKind.REPAYMENT, 0, 600_00, null, TODAY.minusDays(1)),
                line(SHOP, "meena", 4, LedgerEntryKind.CREDIT_SALE, 700_00, 0, "s3", TODAY),
                line(SHOP, "meena", 5, LedgerEntryKind.SALE_CANCELLED, 0, 700_00, "s3", TODAY),
                new CustomerAccountOpened(OTHER, "ravi", details("Ravi"), Instant.EPOCH),
                line(OTHER, "ravi", 1, LedgerEntryKind.OPENING_BALANCE, 99_00, 0, null, TODAY.minusDays(200)));
    }

    private void handle(Object event) {
        if (event instanceof CustomerAccountOpened e) {
            projection.on(e);
        } else if (event instanceof CustomerDetailsChanged e) {
            projection.on(e);
        } else {
            projection.on((LedgerEntryRecorded) event);
        }
    }

    @Test
    void a_khata_is_aged_from_its_lines_kept_once_and_the_same_after_a_replay() {
        history().forEach(this::handle);
        history().forEach(this::handle);
        UdhaarBalances first = handler.handle(new FindUdhaarBalances(SHOP, TODAY.toString()));
        assertThat(first.customers()).hasSize(1);
        UdhaarBalances.Row meena = first.customers().get(0);
        assertThat(meena.name()).isEqualTo("Meena Patil");
        assertThat(meena.balance()).isEqualTo(900_00);
        assertThat(meena.upTo30()).isEqualTo(500_00);
        assertThat(meena.upTo90()).isEqualTo(400_00);
        assertThat(first.totals().owed()).isEqualTo(900_00);

        projection.reset();
        assertThat(handler.handle(new FindUdhaarBalances(SHOP, TODAY.toString())).customers()).isEmpty();
        history().forEach(this::handle);
        assertThat(handler.handle(new FindUdhaarBalances(SHOP, TODAY.toString()))).isEqualTo(first);
    }

    @Test
    void another_shops_khatas_stay_out() {
        history().forEach(this::handle);
        UdhaarBalances other = handler.handle(new FindUdhaarBalances(OTHER, TODAY.toString()));
        assertThat(other.customers()).extracting(UdhaarBalances.Row::customerId).containsExactly("ravi");
        assertThat(other.customers().get(0).over90()).isEqualTo(99_00);
    }
}
