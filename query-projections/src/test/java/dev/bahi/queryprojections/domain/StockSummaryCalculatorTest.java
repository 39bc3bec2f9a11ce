package dev.bahi.queryprojections.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.queryprojections.api.StockSummary;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Item;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Movement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockSummaryCalculatorTest {
    static final Instant START = Instant.parse("2025-10-01T00:00:00Z");
    static final Instant END = Instant.parse("2025-11-01T00:00:00Z");

    static Movement move(long sequence, Instant at, String change, String balance, Long cost) {
        return new Movement("dal", sequence, at, new BigDecimal(change), new BigDecimal(balance), cost);
    }

    @Test
    void the_opening_is_the_balance_before_the_period_and_later_movements_are_left_out() {
        List<Movement> dal = List.of(
                move(1, START.minusSeconds(86_400 * 10), "20", "20", 9000L),
                move(2, START.minusSeconds(3600), "-5", "15", null),
                move(3, START.plusSeconds(3600), "30", "45", 9500L),
                move(4, START.plusSeconds(7200), "-12.5", "32.5", null),
                move(5, END, "-1", "31.5", null));
        StockSummary summary = StockSummaryCalculator.summary("shop", "2025-10-01", "2025-10-31", START, END,
                List.of(new Item("dal", "DAL-1KG", "Toor Dal", "KG", 8000L),
                        new Item("idle", "IDLE", "Never moved", "PCS", null)),
                Map.of("dal", dal));
        assertThat(summary.items()).hasSize(1);
        StockSummary.Row row = summary.items().get(0);
        assertThat(row.opening()).isEqualByComparingTo("15");
        assertThat(row.in()).isEqualByComparingTo("30");
        assertThat(row.out()).isEqualByComparingTo("12.5");
        assertThat(row.closing()).isEqualByComparingTo("32.5");
        assertThat(row.unitCost()).isEqualTo(9500L);
        assertThat(row.openingValue() + row.inValue() - row.outValue()).isEqualTo(row.closingValue());
        assertThat(summary.totals().closingValue()).isEqualTo(308_750L);
    }

    @Test
    void an_item_that_only_had_stock_before_the_period_still_shows_it() {
        StockSummary summary = StockSummaryCalculator.summary("shop", "2025-10-01", "2025-10-31", START, END,
                List.of(new Item("dal", "DAL-1KG", "Toor Dal", "KG", null)),
                Map.of("dal", List.of(move(1, START.minusSeconds(60), "4", "4", null))));
        StockSummary.Row row = summary.items().get(0);
        assertThat(row.opening()).isEqualByComparingTo("4");
        assertThat(row.closing()).isEqualByComparingTo("4");
        assertThat(row.closingValue()).isNull();
        assertThat(summary.totals().closingValue()).isZero();
    }
}
