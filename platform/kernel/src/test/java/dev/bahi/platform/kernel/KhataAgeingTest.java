package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.platform.kernel.KhataAgeing.Movement;
import dev.bahi.platform.kernel.KhataAgeing.OpenDebit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KhataAgeingTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 14);

    @Test
    void a_payment_settles_the_oldest_bill_first_as_the_facts_document_works_it() {
        // Bills of 1,000 (75 days old) and 500 (10 days old), then a 600 payment: 400 in 61-90, 500 in 0-30.
        List<OpenDebit> open = KhataAgeing.openDebits(List.of(
                new Movement(TODAY.minusDays(75), 1000_00, 0),
                new Movement(TODAY.minusDays(10), 500_00, 0),
                new Movement(TODAY.minusDays(1), 0, 600_00)));
        assertThat(open).containsExactly(new OpenDebit(TODAY.minusDays(75), 400_00),
                new OpenDebit(TODAY.minusDays(10), 500_00));
        assertThat(KhataAgeing.buckets(open, TODAY)).isEqualTo(new KhataAgeing.Buckets(500_00, 0, 400_00, 0));
    }

    @Test
    void buckets_end_on_30_60_and_90_days() {
        List<OpenDebit> open = List.of(new OpenDebit(TODAY.minusDays(30), 1), new OpenDebit(TODAY.minusDays(31), 2),
                new OpenDebit(TODAY.minusDays(60), 4), new OpenDebit(TODAY.minusDays(61), 8),
                new OpenDebit(TODAY.minusDays(90), 16), new OpenDebit(TODAY.minusDays(91), 32));
        KhataAgeing.Buckets buckets = KhataAgeing.buckets(open, TODAY);
        assertThat(buckets).isEqualTo(new KhataAgeing.Buckets(1, 6, 24, 32));
        assertThat(buckets.total()).isEqualTo(63);
    }

    @Test
    void an_advance_settles_later_bills_and_a_cancelled_sale_takes_its_own_bill_away() {
        assertThat(KhataAgeing.openDebits(List.of(new Movement(TODAY.minusDays(20), 0, 300_00),
                new Movement(TODAY.minusDays(5), 500_00, 0)))).containsExactly(new OpenDebit(TODAY.minusDays(5),
                200_00));
        assertThat(KhataAgeing.openDebits(List.of(
                new Movement(TODAY.minusDays(50), 100_00, 0, "old", false),
                new Movement(TODAY.minusDays(2), 700_00, 0, "new", false),
                new Movement(TODAY, 0, 700_00, "new", true)))).containsExactly(new OpenDebit(TODAY.minusDays(50),
                100_00));
    }
}
