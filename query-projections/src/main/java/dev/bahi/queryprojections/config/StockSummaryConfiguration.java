package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoStockSummaryReadModel;
import dev.bahi.queryprojections.application.ShopDays;
import dev.bahi.queryprojections.application.StockSummaryProjection;
import dev.bahi.queryprojections.application.StockSummaryQueryHandler;
import dev.bahi.queryprojections.application.StockSummaryService;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the stock summary report. */
@Configuration(proxyBeanMethods = false)
public class StockSummaryConfiguration {
    @Bean
    MongoStockSummaryReadModel stockSummaryReadModel(ContextDatabases databases) {
        return new MongoStockSummaryReadModel(databases.of(DailySummaryConfiguration.CONTEXT));
    }

    @Bean
    StockSummaryProjection stockSummaryProjection(MongoStockSummaryReadModel stock) {
        return new StockSummaryProjection(stock);
    }

    @Bean
    StockSummaryQueryHandler stockSummaryQueryHandler(MongoStockSummaryReadModel stock) {
        return new StockSummaryQueryHandler(stock);
    }

    @Bean
    StockSummaryService stockSummaryService(QueryGateway queries, Clock clock, ProjectionStatus projections) {
        return new StockSummaryService(queries, new ShopDays(queries, clock), projections);
    }
}
