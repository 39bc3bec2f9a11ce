package dev.bahi.queryprojections.domain;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.api.StockSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Works out a period's stock per item from its movements: each movement carries its signed change and the balance
 * after it, so the opening is the balance after the last movement before the period (zero without one) and the
 * closing the balance after the last one in it.
 */
public final class StockSummaryCalculator {
    private StockSummaryCalculator() {
    }

    /** An item as the report names it, with the purchase price of its catalogue entry (null: none). */
    public record Item(String itemId, String sku, String name, String unit, Long purchasePrice) {
    }

    /** One movement: its order on the item, when, the signed change, the balance after it and its unit cost. */
    public record Movement(String itemId, long sequence, Instant at, BigDecimal change, BigDecimal balance,
                           Long unitCost) {
    }

    public static StockSummary summary(String tenantId, String from, String to, Instant start, Instant end,
                                       List<Item> items, Map<String, List<Movement>> movementsByItem) {
        List<StockSummary.Row> rows = new ArrayList<>();
        long openingValue = 0;
        long inValue = 0;
        long outValue = 0;
        long closingValue = 0;
        for (Item item : items) {
            List<Movement> movements = new ArrayList<>(movementsByItem.getOrDefault(item.itemId(), List.of()));
            movements.removeIf(m -> !m.at().isBefore(end));
            movements.sort(Comparator.comparingLong(Movement::sequence));
            BigDecimal opening = BigDecimal.ZERO;
            BigDecimal in = BigDecimal.ZERO;
            BigDecimal out = BigDecimal.ZERO;
            BigDecimal closing = BigDecimal.ZERO;
            Long cost = item.purchasePrice();
            boolean moved = false;
            for (Movement m : movements) {
                if (m.unitCost() != null) {
                    cost = m.unitCost();
                }
                if (m.at().isBefore(start)) {
                    opening = m.balance();
                } else {
                    moved = true;
                    if (m.change().signum() > 0) {
                        in = in.add(m.change());
                    } else {
                        out = out.add(m.change().negate());
                    }
                }
                closing = m.balance();
            }
            if (!moved && opening.signum() == 0) {
                continue;
            }
            Long ov = value(opening, cost);
            Long iv = value(in, cost);
            Long xv = value(out, cost);
            Long cv = value(closing, cost);
            if (cost != null) {
                openingValue += ov;
                inValue += iv;
                outValue += xv;
                closingValue += cv;
            }
            rows.add(new StockSummary.Row(item.itemId(), item.sku(), item.name(), item.unit(), plain(opening),
                    plain(in), plain(out), plain(closing), cost, ov, iv, xv, cv));
        }
        rows.sort(Comparator.comparing(StockSummary.Row::sku));
        return new StockSummary(tenantId, from, to, rows,
                new StockSummary.Totals(rows.size(), openingValue, inValue, outValue, closingValue));
    }

    private static Long value(BigDecimal quantity, Long cost) {
        return cost == null ? null : Money.times(quantity, cost);
    }

    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
