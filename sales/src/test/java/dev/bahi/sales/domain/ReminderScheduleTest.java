package dev.bahi.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.KhataAgeing;
import dev.bahi.platform.kernel.KhataAgeing.Movement;
import dev.bahi.platform.kernel.KhataAgeing.OpenDebit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIFO ageing of a khata and the automatic reminder cadence. */
class ReminderScheduleTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    static final ReminderSchedule WEEKLY_AFTER_30_DAYS = new ReminderSchedule(7, 30);

    static Movement bill(int daysAgo, long paise) {
        return new Movement(TODAY.minusDays(daysAgo), paise, 0);
    }

    static Movement paid(int daysAgo, long paise) {
        return new Movement(TODAY.minusDays(daysAgo), 0, paise);
    }

    @Test
    void a_payment_settles_the_oldest_bill_first() {
        // india-retail.md §10: ₹1,000 (75 days) and ₹500 (10 days), then ₹600 paid → ₹400 at 75 days, ₹500 at 10.
        List<Movement> khata = List.of(bill(75, 1000_00), bill(10, 500_00), paid(2, 600_00));

        List<OpenDebit> open = KhataAgeing.openDebits(khata);

        assertThat(open).containsExactly(new OpenDebit(TODAY.minusDays(75), 400_00),
                new OpenDebit(TODAY.minusDays(10), 500_00));
        assertThat(open).extracting(debit -> debit.ageInDays(TODAY)).containsExactly(75L, 10L);
    }

    @Test
    void a_payment_larger_than_the_oldest_bill_runs_on_into_the_next() {
        List<Movement> khata = List.of(bill(75, 1000_00), bill(40, 500_00), bill(10, 300_00), paid(1, 1200_00));

        assertThat(KhataAgeing.openDebits(khata)).containsExactly(new OpenDebit(TODAY.minusDays(40), 300_00),
                new OpenDebit(TODAY.minusDays(10), 300_00));
    }

    @Test
    void an_advance_settles_bills_made_after_it() {
        List<Movement> khata = List.of(paid(60, 300_00), bill(50, 200_00), bill(20, 500_00));

        assertThat(KhataAgeing.openDebits(khata)).containsExactly(new OpenDebit(TODAY.minusDays(20), 400_00));
    }

    @Test
    void a_settled_khata_has_nothing_open_and_is_never_due() {
        List<Movement> khata = List.of(bill(90, 1000_00), paid(5, 1000_00));

        assertThat(KhataAgeing.openDebits(khata)).isEmpty();
        assertThat(ReminderSchedule.oldestUnpaid(khata)).isEmpty();
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(khata, null, TODAY)).isFalse();
    }

    @Test
    void the_age_that_counts_is_the_oldest_unpaid_part_not_the_oldest_bill() {
        List<Movement> paidDownToRecent = List.of(bill(75, 1000_00), bill(10, 500_00), paid(2, 1000_00));
        List<Movement> partlyPaid = List.of(bill(75, 1000_00), bill(10, 500_00), paid(2, 600_00));

        assertThat(WEEKLY_AFTER_30_DAYS.isDue(paidDownToRecent, null, TODAY)).as("only the 10-day bill is open")
                .isFalse();
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(partlyPaid, null, TODAY)).as("₹400 is 75 days old").isTrue();
    }

    @Test
    void a_bill_exactly_as_old_as_the_policy_asks_is_due() {
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(List.of(bill(30, 100_00)), null, TODAY)).isTrue();
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(List.of(bill(29, 100_00)), null, TODAY)).isFalse();
        assertThat(new ReminderSchedule(7, 0).isDue(List.of(bill(0, 100_00)), null, TODAY))
                .as("an age of 0 reminds of anything owed").isTrue();
    }

    @Test
    void a_customer_is_reminded_again_only_once_the_cadence_has_passed() {
        List<Movement> khata = List.of(bill(45, 800_00));

        assertThat(WEEKLY_AFTER_30_DAYS.isDue(khata, TODAY.minusDays(6), TODAY)).isFalse();
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(khata, TODAY.minusDays(7), TODAY)).isTrue();
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(khata, TODAY, TODAY)).isFalse();
        assertThat(new ReminderSchedule(1, 30).isDue(khata, TODAY.minusDays(1), TODAY)).isTrue();
    }

    @Test
    void a_cadence_under_a_day_or_a_negative_age_is_no_schedule() {
        assertThatThrownBy(() -> new ReminderSchedule(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(7, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancelled_sale_takes_away_its_own_bill_not_the_oldest_one() {
        List<Movement> khata = List.of(bill(75, 1000_00), new Movement(TODAY.minusDays(3), 500_00, 0, "sale-2", false),
                new Movement(TODAY.minusDays(1), 0, 500_00, "sale-2", true));

        assertThat(KhataAgeing.openDebits(khata)).containsExactly(new OpenDebit(TODAY.minusDays(75), 1000_00));
        assertThat(WEEKLY_AFTER_30_DAYS.isDue(khata, null, TODAY)).isTrue();
    }

    @Test
    void what_was_repaid_of_a_cancelled_sale_settles_the_oldest_bills() {
        // ₹600 paid settles the ₹400 bill and ₹200 of sale-2; cancelling sale-2 takes its open ₹300, and the ₹200
        // repaid of it settles the next bill FIFO.
        List<Movement> khata = List.of(bill(75, 400_00), new Movement(TODAY.minusDays(40), 500_00, 0, "sale-2", false),
                bill(20, 300_00), paid(10, 600_00), new Movement(TODAY.minusDays(1), 0, 500_00, "sale-2", true));

        assertThat(KhataAgeing.openDebits(khata)).containsExactly(new OpenDebit(TODAY.minusDays(20), 100_00));
    }
}
