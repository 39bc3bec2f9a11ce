package dev.bahi.tenant.config;

import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.tenant.adapter.in.security.SuspendedTenantRevocation;
import dev.bahi.tenant.adapter.in.web.ShopMapper;
import dev.bahi.tenant.adapter.out.persistence.MongoTenantAccessStore;
import dev.bahi.tenant.adapter.out.persistence.MongoTenantReadModel;
import dev.bahi.tenant.application.TenantAccessProjection;
import dev.bahi.tenant.application.TenantAccessService;
import dev.bahi.tenant.application.TenantAdministrationService;
import dev.bahi.tenant.application.TenantProfileService;
import dev.bahi.tenant.application.TenantProjection;
import dev.bahi.tenant.application.TenantQueryHandler;
import dev.bahi.tenant.application.TenantQueryService;
import dev.bahi.tenant.application.port.out.TenantAccessStore;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the tenant context. The {@code Tenant} aggregate is found by Axon through its {@code @Aggregate}
 * stereotype and the controller by component scanning; everything else is declared here.
 */
@Configuration(proxyBeanMethods = false)
public class TenantConfiguration {
    static final String CONTEXT = "tenant";

    /**
     * The access lookup must change together with the suspension, so its processor subscribes (runs in the
     * command's unit of work) and lets failures fail the command instead of logging them.
     */
    @Autowired
    public void configureEventProcessing(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(TenantAccessProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(TenantAccessProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    MongoTenantReadModel tenantReadModel(ContextDatabases databases) {
        MongoTenantReadModel readModel = new MongoTenantReadModel(databases.of(CONTEXT));
        readModel.ensureIndexes();
        return readModel;
    }

    @Bean
    MongoTenantAccessStore tenantAccessStore(ContextDatabases databases) {
        MongoTenantAccessStore store = new MongoTenantAccessStore(databases.of(CONTEXT));
        store.ensureIndexes();
        return store;
    }

    @Bean
    TenantProjection tenantProjection(TenantReadModel tenantReadModel) {
        return new TenantProjection(tenantReadModel);
    }

    @Bean
    TenantAccessProjection tenantAccessProjection(TenantAccessStore tenantAccessStore) {
        return new TenantAccessProjection(tenantAccessStore);
    }

    @Bean
    TenantQueryHandler tenantQueryHandler(TenantReadModel tenantReadModel) {
        return new TenantQueryHandler(tenantReadModel);
    }

    @Bean
    TenantProfileService tenantProfileService(CommandGateway commandGateway) {
        return new TenantProfileService(commandGateway);
    }

    @Bean
    TenantAdministrationService tenantAdministrationService(CommandGateway commandGateway) {
        return new TenantAdministrationService(commandGateway);
    }

    @Bean
    TenantQueryService tenantQueryService(QueryGateway queryGateway) {
        return new TenantQueryService(queryGateway, TenantQueryService.DEFAULT_CATCH_UP_WAIT);
    }

    @Bean
    TenantAccessService tenantAccessService(TenantAccessStore tenantAccessStore, TenantReadModel tenantReadModel) {
        return new TenantAccessService(tenantAccessStore, tenantReadModel);
    }

    @Bean
    SuspendedTenantRevocation suspendedTenantRevocation(TenantAccessService tenantAccessService) {
        return new SuspendedTenantRevocation(tenantAccessService);
    }

    @Bean
    ShopMapper shopMapper() {
        return Mappers.getMapper(ShopMapper.class);
    }
}
