package dev.bahi.queryprojections.application;

import dev.bahi.queryprojections.api.FindStockSummary;
import dev.bahi.queryprojections.api.StockSummary;
import dev.bahi.queryprojections.application.port.out.StockSummaryReadModel;
import dev.bahi.queryprojections.domain.StockSummaryCalculator;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Movement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;

/** Sums the asking shop's stock over a period from the read model only. */
public class StockSummaryQueryHandler {
    private final StockSummaryReadModel stock;

    public StockSummaryQueryHandler(StockSummaryReadModel stock) {
        this.stock = stock;
    }

    @QueryHandler
    public StockSummary handle(FindStockSummary query) {
        Map<String, List<Movement>> movements = stock.movementsBefore(query.tenantId(), query.to()).stream()
                .collect(Collectors.groupingBy(Movement::itemId));
        return StockSummaryCalculator.summary(query.tenantId(), query.from().toString(), query.to().toString(),
                query.from(), query.to(), stock.items(query.tenantId()), movements);
    }
}
