package dev.bahi.queryprojections.domain;

import java.util.List;
import java.util.Set;

/**
 * Every fact of a shop dated within a range of business dates, with {@code cancelledSales}: which of the sales they
 * name (the range's sales, the sales of its counter payments and credit entries) were cancelled, whenever.
 */
public record DayFacts(List<SaleFact> sales, Set<String> cancelledSales, List<ReturnFact> returns,
                       List<MoneyFact> money, List<CreditFact> credit, List<LowStockFact> lowStock) {
    public DayFacts {
        sales = List.copyOf(sales);
        cancelledSales = Set.copyOf(cancelledSales);
        returns = List.copyOf(returns);
        money = List.copyOf(money);
        credit = List.copyOf(credit);
        lowStock = List.copyOf(lowStock);
    }
}
