package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoDailySummaryReadModel;
import dev.bahi.queryprojections.application.DailySummaryProjection;
import dev.bahi.queryprojections.application.DailySummaryQueryHandler;
import dev.bahi.queryprojections.application.DailySummaryService;
import dev.bahi.queryprojections.application.ShopDays;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the daily summary: its read model (database {@code bahi_query_projections}), the
 * "query-projections.daily-summary" projection, its query handlers and the use case behind the controller (found by
 * component scanning, as the application scans {@code dev.bahi}).
 */
@Configuration(proxyBeanMethods = false)
public class DailySummaryConfiguration {
    static final String CONTEXT = "query-projections";

    @Bean
    MongoDailySummaryReadModel dailySummaryReadModel(ContextDatabases databases) {
        return new MongoDailySummaryReadModel(databases.of(CONTEXT));
    }

    @Bean
    DailySummaryProjection dailySummaryProjection(MongoDailySummaryReadModel facts) {
        return new DailySummaryProjection(facts);
    }

    @Bean
    DailySummaryQueryHandler dailySummaryQueryHandler(MongoDailySummaryReadModel facts) {
        return new DailySummaryQueryHandler(facts);
    }

    @Bean
    DailySummaryService dailySummaryService(QueryGateway queries, Clock clock, ProjectionStatus projectionStatus) {
        return new DailySummaryService(queries, new ShopDays(queries, clock), projectionStatus);
    }
}
