package dev.bahi.platform.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Udhaar ageing as Indian shops (and their accountants) do it: payments, returns and other credits settle the
 * oldest open debits first (FIFO), a credit beyond every open debit is an advance that settles later debits, and
 * what stays open is bucketed by days since its bill: 0–30, 31–60, 61–90, 90+. A cancelled sale's credit first
 * takes away what is still open of that very sale (the bill no longer exists, so it cannot keep an older bill
 * looking paid), and only the rest (what was repaid of it) goes FIFO. Ages count calendar days between dates.
 */
public final class KhataAgeing {
    private KhataAgeing() {
    }

    /**
     * One khata line: its date and what it added ({@code debit}) or took off ({@code credit}), paise;
     * {@code saleId} the sale it belongs to, if any, and {@code cancelsSale} whether it credits back that sale.
     */
    public record Movement(LocalDate date, long debit, long credit, String saleId, boolean cancelsSale) {
        public Movement(LocalDate date, long debit, long credit) {
            this(date, debit, credit, null, false);
        }
    }

    /** What is still unpaid of the debit dated {@code date}. */
    public record OpenDebit(LocalDate date, long amount) {
        public long ageInDays(LocalDate asOf) {
            return ChronoUnit.DAYS.between(date, asOf);
        }
    }

    /** Open amounts by age on a date: 0–30, 31–60, 61–90 and over 90 days, paise. */
    public record Buckets(long upTo30, long upTo60, long upTo90, long over90) {
        public long total() {
            return upTo30 + upTo60 + upTo90 + over90;
        }
    }

    /** An open debit and the sale it came from (null: none). */
    private record Open(LocalDate date, long amount, String saleId) {
    }

    /** The unpaid parts of the debits, oldest first, after FIFO settlement of every credit; movements in order. */
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

    /** The open debits bucketed by their age on {@code asOf}. */
    public static Buckets buckets(List<OpenDebit> open, LocalDate asOf) {
        long b30 = 0;
        long b60 = 0;
        long b90 = 0;
        long over = 0;
        for (OpenDebit debit : open) {
            long age = debit.ageInDays(asOf);
            if (age <= 30) {
                b30 += debit.amount();
            } else if (age <= 60) {
                b60 += debit.amount();
            } else if (age <= 90) {
                b90 += debit.amount();
            } else {
                over += debit.amount();
            }
        }
        return new Buckets(b30, b60, b90, over);
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
}
