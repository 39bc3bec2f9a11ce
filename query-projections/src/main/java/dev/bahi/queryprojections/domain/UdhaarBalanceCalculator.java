package dev.bahi.queryprojections.domain;

import dev.bahi.platform.kernel.KhataAgeing;
import dev.bahi.platform.kernel.KhataAgeing.Movement;
import dev.bahi.platform.kernel.KhataAgeing.OpenDebit;
import dev.bahi.queryprojections.api.UdhaarBalances;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ages every khata at the end of a date from its ledger lines: the balance is debits less credits up to that date,
 * and the unpaid part is bucketed by udhaar ageing ({@link KhataAgeing}). Khatas with something unpaid come first,
 * oldest unpaid bill first; then the settled ones and those in advance, by name.
 */
public final class UdhaarBalanceCalculator {
    private UdhaarBalanceCalculator() {
    }

    /** A customer as the report names them. */
    public record Customer(String customerId, String name, String phone) {
    }

    /** One ledger line: the khata it is on, its order there, date, what it added or took off and its sale. */
    public record Line(String customerId, long sequence, LocalDate date, long debit, long credit, String saleId,
                       boolean cancelsSale) {
    }

    public static UdhaarBalances balances(String tenantId, LocalDate asOf, List<Customer> customers,
                                          Map<String, List<Line>> linesByCustomer) {
        List<UdhaarBalances.Row> rows = new ArrayList<>();
        for (Customer customer : customers) {
            List<Line> lines = new ArrayList<>(linesByCustomer.getOrDefault(customer.customerId(), List.of()));
            lines.removeIf(l -> l.date().isAfter(asOf));
            lines.sort(Comparator.comparingLong(Line::sequence));
            long balance = lines.stream().mapToLong(l -> l.debit() - l.credit()).sum();
            List<OpenDebit> open = KhataAgeing.openDebits(lines.stream()
                    .map(l -> new Movement(l.date(), l.debit(), l.credit(), l.saleId(), l.cancelsSale())).toList());
            KhataAgeing.Buckets buckets = KhataAgeing.buckets(open, asOf);
            LocalDate oldest = open.isEmpty() ? null : open.get(0).date();
            rows.add(new UdhaarBalances.Row(customer.customerId(), customer.name(), customer.phone(), balance,
                    buckets.upTo30(), buckets.upTo60(), buckets.upTo90(), buckets.over90(),
                    oldest == null ? null : oldest.toString(),
                    oldest == null ? null : (int) ChronoUnit.DAYS.between(oldest, asOf)));
        }
        rows.sort(Comparator.comparing((UdhaarBalances.Row r) -> r.oldestUnpaid() == null)
                .thenComparing(r -> r.oldestUnpaid() == null ? "" : r.oldestUnpaid())
                .thenComparing(r -> r.name() == null ? "" : r.name())
                .thenComparing(UdhaarBalances.Row::customerId));
        long owed = 0;
        long b30 = 0;
        long b60 = 0;
        long b90 = 0;
        long over = 0;
        long advances = 0;
        int owing = 0;
        for (UdhaarBalances.Row row : rows) {
            if (row.balance() > 0) {
                owed += row.balance();
                owing++;
            } else {
                advances -= row.balance();
            }
            b30 += row.upTo30();
            b60 += row.upTo60();
            b90 += row.upTo90();
            over += row.over90();
        }
        return new UdhaarBalances(tenantId, asOf.toString(), rows,
                new UdhaarBalances.Totals(rows.size(), owing, owed, b30, b60, b90, over, advances));
    }
}
