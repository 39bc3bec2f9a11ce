package dev.bahi.sales.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * When a shop's automatic policy reminds a customer: their khata has something unpaid whose oldest part is at
 * least {@code minBalanceAgeDays} old, and they were not reminded (by anyone) in the last {@code everyDays} days.
 * Unpaid parts are found the way India's udhaar ageing does it: payments, returns and other credits settle the
 * oldest open debits first (FIFO), and a credit beyond every open debit is an advance that settles later ones.
 * Ages count calendar days between business dates.
 */
public record ReminderSchedule(int everyDays, int minBalanceAgeDays) {

    /** One khata line: its business date and what it added ({@code debit}) or took off ({@code credit}), paise. */
    public record Movement(LocalDate date, long debit, long credit) {
    }

    /** What is still unpaid of the debit dated {@code date}. */
    public record OpenDebit(LocalDate date, long amount) {
        public long ageInDays(LocalDate today) {
            return ChronoUnit.DAYS.between(date, today);
        }
    }

    public ReminderSchedule {
        if (everyDays < 1) {
            throw new IllegalArgumentException("a reminder cadence is at least one day");
        }
        if (minBalanceAgeDays < 0) {
            throw new IllegalArgumentException("an age is never negative");
        }
    }

    /** The unpaid parts of the debits, oldest first, after FIFO settlement of every credit; {@code movements} in order. */
    public static List<OpenDebit> openDebits(List<Movement> movements) {
        Deque<OpenDebit> open = new ArrayDeque<>();
        long advance = 0;
        for (Movement movement : movements) {
            long debit = movement.debit();
            long credit = movement.credit();
            if (debit > 0) {
                long settled = Math.min(debit, advance);
                advance -= settled;
                if (debit > settled) {
                    open.addLast(new OpenDebit(movement.date(), debit - settled));
                }
            }
            while (credit > 0 && !open.isEmpty()) {
                OpenDebit oldest = open.removeFirst();
                long settled = Math.min(credit, oldest.amount());
                credit -= settled;
                if (oldest.amount() > settled) {
                    open.addFirst(new OpenDebit(oldest.date(), oldest.amount() - settled));
                }
            }
            advance += credit;
        }
        return new ArrayList<>(open);
    }

    /** The business date of the oldest unpaid debit; empty when nothing is owed. */
    public static Optional<LocalDate> oldestUnpaid(List<Movement> movements) {
        return openDebits(movements).stream().findFirst().map(OpenDebit::date);
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
