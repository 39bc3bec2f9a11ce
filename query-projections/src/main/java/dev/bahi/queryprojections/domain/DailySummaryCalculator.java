package dev.bahi.queryprojections.domain;

import dev.bahi.queryprojections.api.DailySummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds a shop's facts up into one {@link DailySummary} per business date of a range; the meaning of every figure is
 * on {@link DailySummary}. Sums are made here, when asked, over facts stored once per event: a replay or a
 * redelivered event rewrites the same fact and can never count anything twice.
 */
public final class DailySummaryCalculator {
    private DailySummaryCalculator() {
    }

    /**
     * One summary per day from {@code from} to {@code to} (inclusive, in order); {@code methods} are the payment
     * methods every summary lists, in that order, also when nothing came in by them.
     */
    public static List<DailySummary> summaries(String tenantId, LocalDate from, LocalDate to, List<String> methods,
                                               DayFacts facts) {
        Map<String, List<SaleFact>> sales = byDay(facts.sales().stream()
                .filter(s -> !facts.cancelledSales().contains(s.saleId())).toList(), SaleFact::businessDate);
        Map<String, List<ReturnFact>> returns = byDay(facts.returns(), ReturnFact::businessDate);
        Map<String, List<MoneyFact>> money = byDay(facts.money().stream()
                .filter(m -> !(m.counter() && facts.cancelledSales().contains(m.saleId()))).toList(),
                MoneyFact::businessDate);
        Map<String, List<CreditFact>> credit = byDay(facts.credit().stream()
                .filter(c -> c.kind() != CreditFact.Kind.GIVEN || !facts.cancelledSales().contains(c.saleId()))
                .toList(), CreditFact::businessDate);
        Map<String, List<LowStockFact>> lowStock = byDay(facts.lowStock(), LowStockFact::businessDate);

        List<DailySummary> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String date = day.toString();
            days.add(day(tenantId, date, methods, sales.getOrDefault(date, List.of()),
                    returns.getOrDefault(date, List.of()), money.getOrDefault(date, List.of()),
                    credit.getOrDefault(date, List.of()), lowStock.getOrDefault(date, List.of())));
        }
        return days;
    }

    private static DailySummary day(String tenantId, String date, List<String> methods, List<SaleFact> sales,
                                    List<ReturnFact> returns, List<MoneyFact> money, List<CreditFact> credit,
                                    List<LowStockFact> lowStock) {
        long gross = 0;
        long discounts = 0;
        long taxable = 0;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        long cess = 0;
        for (SaleFact sale : sales) {
            gross += sale.grandTotal();
            discounts += sale.discount();
            taxable += sale.taxableValue();
            cgst += sale.cgst();
            sgst += sale.sgst();
            igst += sale.igst();
            cess += sale.cess();
        }
        long returned = returns.stream().mapToLong(ReturnFact::amount).sum();

        Map<String, Long> collections = new LinkedHashMap<>();
        methods.forEach(m -> collections.put(m, 0L));
        money.forEach(m -> collections.merge(m.method(), m.amount(), Long::sum));

        long given = 0;
        long collected = 0;
        for (CreditFact entry : credit) {
            switch (entry.kind()) {
                case GIVEN -> given += entry.amount();
                case COLLECTED -> collected += entry.amount();
                case COLLECTION_REFUNDED -> collected -= entry.amount();
            }
        }
        return new DailySummary(tenantId, date, sales.size(), gross, discounts, taxable, cgst, sgst, igst, cess,
                returns.size(), returned, gross - returned, collections, given, collected, topItems(sales),
                wentLow(lowStock));
    }

    private static List<DailySummary.TopItem> topItems(List<SaleFact> sales) {
        Map<String, DailySummary.TopItem> items = new LinkedHashMap<>();
        for (SaleFact sale : sales) {
            for (SaleFact.Line line : sale.lines()) {
                items.merge(line.itemId(), new DailySummary.TopItem(line.itemId(), line.name(), line.quantity(),
                        line.unit(), line.amount()), (a, b) -> new DailySummary.TopItem(a.itemId(), a.name(),
                        a.quantity().add(b.quantity()), a.unit(), a.amount() + b.amount()));
            }
        }
        return items.values().stream()
                .sorted(Comparator.comparingLong(DailySummary.TopItem::amount).reversed()
                        .thenComparing(DailySummary.TopItem::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DailySummary.TopItem::itemId))
                .limit(DailySummary.TOP_ITEMS)
                .map(i -> new DailySummary.TopItem(i.itemId(), i.name(), plain(i.quantity()), i.unit(), i.amount()))
                .toList();
    }

    private static List<DailySummary.LowStockItem> wentLow(List<LowStockFact> lowStock) {
        Map<String, LowStockFact> latest = new LinkedHashMap<>();
        lowStock.forEach(f -> latest.merge(f.itemId(), f, (a, b) -> b.supersedes(a) ? b : a));
        return latest.values().stream()
                .sorted(Comparator.comparing(LowStockFact::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(LowStockFact::itemId))
                .map(f -> new DailySummary.LowStockItem(f.itemId(), f.sku(), f.name(), plain(f.onHand()),
                        plain(f.minStock()), f.unit()))
                .toList();
    }

    /** "2" rather than "2.000" or "2E+1": quantities are shown as the shop would write them. */
    private static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static <T> Map<String, List<T>> byDay(List<T> facts, Function<T, String> day) {
        Map<String, List<T>> byDay = new TreeMap<>();
        facts.forEach(f -> byDay.computeIfAbsent(day.apply(f), d -> new ArrayList<>()).add(f));
        return byDay;
    }
}
