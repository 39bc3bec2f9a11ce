package dev.bahi.queryprojections.application;

import dev.bahi.queryprojections.api.FindUdhaarBalances;
import dev.bahi.queryprojections.api.UdhaarBalances;
import dev.bahi.queryprojections.application.port.out.UdhaarBalanceReadModel;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Line;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;

/** Ages the asking shop's khatas from the read model only. */
public class UdhaarBalanceQueryHandler {
    private final UdhaarBalanceReadModel khatas;

    public UdhaarBalanceQueryHandler(UdhaarBalanceReadModel khatas) {
        this.khatas = khatas;
    }

    @QueryHandler
    public UdhaarBalances handle(FindUdhaarBalances query) {
        Map<String, List<Line>> lines = khatas.lines(query.tenantId(), query.asOf()).stream()
                .collect(Collectors.groupingBy(Line::customerId));
        return UdhaarBalanceCalculator.balances(query.tenantId(), LocalDate.parse(query.asOf()),
                khatas.customers(query.tenantId()), lines);
    }
}
