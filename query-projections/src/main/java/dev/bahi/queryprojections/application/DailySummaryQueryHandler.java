package dev.bahi.queryprojections.application;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.queryprojections.api.DailySummary;
import dev.bahi.queryprojections.api.FindDailySummaries;
import dev.bahi.queryprojections.api.FindDailySummary;
import dev.bahi.queryprojections.application.port.out.DailySummaryReadModel;
import dev.bahi.queryprojections.domain.CreditFact;
import dev.bahi.queryprojections.domain.DailySummaryCalculator;
import dev.bahi.queryprojections.domain.DayFacts;
import dev.bahi.queryprojections.domain.LowStockFact;
import dev.bahi.queryprojections.domain.MoneyFact;
import dev.bahi.queryprojections.domain.ReturnFact;
import dev.bahi.queryprojections.domain.SaleFact;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers daily summaries from the daily-summary read model only, within the asking shop: the range's facts are read
 * through the shop-and-date indexes and added up here (a busy counter's few thousand facts a day).
 */
public class DailySummaryQueryHandler {
    /** Every method the payments context knows, in its order: each summary lists them all. */
    static final List<String> METHODS = Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();

    private final DailySummaryReadModel facts;

    public DailySummaryQueryHandler(DailySummaryReadModel facts) {
        this.facts = facts;
    }

    @QueryHandler
    public DailySummary handle(FindDailySummary query) {
        LocalDate day = date(query.date(), "date");
        return summaries(query.tenantId(), day, day).get(0);
    }

    @QueryHandler
    public List<DailySummary> handle(FindDailySummaries query) {
        LocalDate from = date(query.from(), "from");
        LocalDate to = date(query.to(), "to");
        DailySummaryService.checkRange(from, to);
        return summaries(query.tenantId(), from, to);
    }

    private List<DailySummary> summaries(String tenantId, LocalDate from, LocalDate to) {
        List<SaleFact> sales = facts.sales(tenantId, from, to);
        List<MoneyFact> money = facts.money(tenantId, from, to);
        List<CreditFact> credit = facts.credit(tenantId, from, to);
        Set<String> named = new HashSet<>();
        sales.forEach(s -> named.add(s.saleId()));
        money.stream().filter(MoneyFact::counter).map(MoneyFact::saleId).filter(Objects::nonNull).forEach(named::add);
        credit.stream().map(CreditFact::saleId).filter(Objects::nonNull).forEach(named::add);
        List<ReturnFact> returns = facts.returns(tenantId, from, to);
        List<LowStockFact> lowStock = facts.lowStock(tenantId, from, to);
        DayFacts dayFacts = new DayFacts(sales, facts.cancelledAmong(tenantId, named), returns, money, credit,
                lowStock);
        return DailySummaryCalculator.summaries(tenantId, from, to, METHODS, dayFacts);
    }

    private static LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-25");
        }
    }
}
