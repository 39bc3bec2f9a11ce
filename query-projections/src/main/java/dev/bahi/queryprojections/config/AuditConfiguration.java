package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoAuditEventSource;
import dev.bahi.queryprojections.adapter.out.persistence.MongoAuditTrail;
import dev.bahi.queryprojections.application.AuditTrailProjection;
import dev.bahi.queryprojections.application.AuditTrailService;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the audit history: the trail (database {@code bahi_query_projections}), the event store reader that
 * verification compares it with, and the "query-projections.audit-trail" projection.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    /**
     * One segment, so that a shop's positions follow one total order; a new trail starts at the tail of the event
     * stream (the whole history belongs in it); batches of 100 events share one token update; and a failure propagates,
     * so that the event is retried rather than left out of the chain.
     */
    @Bean
    ConfigurerModule auditTrailProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(AuditTrailProjection.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(100)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(AuditTrailProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    MongoAuditTrail auditTrail(ContextDatabases databases) {
        return new MongoAuditTrail(databases.of(DailySummaryConfiguration.CONTEXT));
    }

    @Bean
    MongoAuditEventSource auditEventSource(MongoTemplate axonMongoTemplate) {
        return new MongoAuditEventSource(axonMongoTemplate);
    }

    @Bean
    AuditTrailProjection auditTrailProjection(MongoAuditTrail trail,
                                              @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new AuditTrailProjection(trail, eventSerializer);
    }

    @Bean
    AuditTrailService auditTrailService(MongoAuditTrail trail, MongoAuditEventSource events,
                                        ProjectionStatus projectionStatus) {
        return new AuditTrailService(trail, events, projectionStatus);
    }
}
