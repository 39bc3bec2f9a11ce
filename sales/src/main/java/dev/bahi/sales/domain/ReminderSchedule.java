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
 * oldest open debits first (FIFO), and a credit beyond every open debit is an advance that settles later ones. A
 * cancelled sale's credit first takes away what is still open of that very sale (the bill no longer exists, so it
 * cannot keep an older bill looking paid), and only the rest (what was repaid of it) goes FIFO.
 * Ages count calendar days between business dates.
 */
public record ReminderSchedule(int everyDays, int minBalanceAgeDays) {

    /**
     * One khata line: its business date and what it added ({@code debit}) or took off ({@code credit}), paise;
     * {@code saleId} the sale it belongs to, if any, and {@code cancelsSale} whether it credits back that sale.
     */
    public record Movement(LocalDate date, long debit, long credit, String saleId, boolean cancelsSale) {
        public Movement(LocalDate date, long debit, long credit) {
            this(date, debit, credit, null, false);
        }
    }

    /** An open debit and the sale it came from (null: none). */
    private record Open(LocalDate date, long amount, String saleId) {
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
        Deque<Open> open = new ArrayDeque<>();
        long advance = 0;
        for (Movement movement : movements) {
            long debit = movement.debit();
            long credit = movement.credit();
            if (debit > 0) {
                long settled = Math.min(debit, advance);
                advance -= settled;
                if (debit > settled) {
                    open.addLast(new Open(movement.date(), debit - settled, movement.saleId()));
                }
            }
            if (credit > 0 && movement.cancelsSale() && movement.saleId() != null) {
                credit = cancel(open, movement.saleId(), credit);
            }
            while (credit > 0 && !open.isEmpty()) {
                Open oldest = open.removeFirst();
                long settled = Math.min(credit, oldest.amount());
                credit -= settled;
                if (oldest.amount() > settled) {
                    open.addFirst(new Open(oldest.date(), oldest.amount() - settled, oldest.saleId()));
                }
            }
            advance += credit;
        }
        return open.stream().map(o -> new OpenDebit(o.date(), o.amount())).toList();
    }

    /** Takes {@code credit} off what is open of the sale {@code saleId}, keeping the order; answers what is left. */
    private static long cancel(Deque<Open> open, String saleId, long credit) {
        List<Open> kept = new ArrayList<>(open.size());
        for (Open debit : open) {
            if (credit > 0 && saleId.equals(debit.saleId())) {
                long settled = Math.min(credit, debit.amount());
                credit -= settled;
                if (debit.amount() > settled) {
                    kept.add(new Open(debit.date(), debit.amount() - settled, debit.saleId()));
                }
            } else {
                kept.add(debit);
            }
        }
        open.clear();
        open.addAll(kept);
        return credit;
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
