package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoGstRegisterReadModel;
import dev.bahi.queryprojections.application.GstRegisterProjection;
import dev.bahi.queryprojections.application.GstReportsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the GST reports: the register's read model (database {@code bahi_query_projections}), the
 * "query-projections.gst-register" projection and the use case behind the reports controller.
 */
@Configuration(proxyBeanMethods = false)
public class GstReportsConfiguration {
    @Bean
    MongoGstRegisterReadModel gstRegisterReadModel(ContextDatabases databases) {
        return new MongoGstRegisterReadModel(databases.of(DailySummaryConfiguration.CONTEXT));
    }

    @Bean
    GstRegisterProjection gstRegisterProjection(MongoGstRegisterReadModel register) {
        return new GstRegisterProjection(register);
    }

    @Bean
    GstReportsService gstReportsService(MongoGstRegisterReadModel register, ProjectionStatus status, Clock clock) {
        return new GstReportsService(register, status, clock);
    }
}
