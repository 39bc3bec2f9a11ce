package dev.bahi.sales.domain;

import dev.bahi.platform.kernel.KhataAgeing;
import dev.bahi.platform.kernel.KhataAgeing.Movement;
import dev.bahi.platform.kernel.KhataAgeing.OpenDebit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a shop's automatic policy reminds a customer: their khata has something unpaid whose oldest part is at
 * least {@code minBalanceAgeDays} old, and they were not reminded (by anyone) in the last {@code everyDays} days.
 * What is unpaid is found by udhaar ageing ({@link KhataAgeing}: credits settle the oldest debits first).
 */
public record ReminderSchedule(int everyDays, int minBalanceAgeDays) {

    public ReminderSchedule {
        if (everyDays < 1) {
            throw new IllegalArgumentException("a reminder cadence is at least one day");
        }
        if (minBalanceAgeDays < 0) {
            throw new IllegalArgumentException("an age is never negative");
        }
    }

    /** The business date of the oldest unpaid debit; empty when nothing is owed. */
    public static Optional<LocalDate> oldestUnpaid(List<Movement> movements) {
        return KhataAgeing.openDebits(movements).stream().findFirst().map(OpenDebit::date);
    }

    /** Whether the policy reminds this khata on {@code today}, given when it was last reminded (null: never). */
    public boolean isDue(List<Movement> movements, LocalDate lastRemindedOn, LocalDate today) {
        if (lastRemindedOn != null && ChronoUnit.DAYS.between(lastRemindedOn, today) < everyDays) {
            return false;
        }
        return oldestUnpaid(movements)
                .filter(oldest -> ChronoUnit.DAYS.between(oldest, today) >= minBalanceAgeDays)
                .isPresent();
    }
}
