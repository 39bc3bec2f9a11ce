package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoUdhaarBalanceReadModel;
import dev.bahi.queryprojections.application.ShopDays;
import dev.bahi.queryprojections.application.UdhaarBalanceProjection;
import dev.bahi.queryprojections.application.UdhaarBalanceQueryHandler;
import dev.bahi.queryprojections.application.UdhaarBalanceService;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the udhaar balances report. */
@Configuration(proxyBeanMethods = false)
public class UdhaarBalanceConfiguration {
    @Bean
    MongoUdhaarBalanceReadModel udhaarBalanceReadModel(ContextDatabases databases) {
        return new MongoUdhaarBalanceReadModel(databases.of(DailySummaryConfiguration.CONTEXT));
    }

    @Bean
    UdhaarBalanceProjection udhaarBalanceProjection(MongoUdhaarBalanceReadModel khatas) {
        return new UdhaarBalanceProjection(khatas);
    }

    @Bean
    UdhaarBalanceQueryHandler udhaarBalanceQueryHandler(MongoUdhaarBalanceReadModel khatas) {
        return new UdhaarBalanceQueryHandler(khatas);
    }

    @Bean
    UdhaarBalanceService udhaarBalanceService(QueryGateway queries, Clock clock, ProjectionStatus projections) {
        return new UdhaarBalanceService(queries, new ShopDays(queries, clock), projections);
    }
}
