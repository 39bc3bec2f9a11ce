package dev.bahi.inventory.config;

import dev.bahi.inventory.adapter.in.demo.InventoryDemoData;
import dev.bahi.inventory.adapter.in.web.InventoryWebMapper;
import dev.bahi.inventory.adapter.out.persistence.MongoInventorySettingsStore;
import dev.bahi.inventory.adapter.out.persistence.MongoItemReadModel;
import dev.bahi.inventory.adapter.out.persistence.MongoSkuDirectory;
import dev.bahi.inventory.adapter.out.persistence.MongoStockMovementReadModel;
import dev.bahi.inventory.application.CatalogueService;
import dev.bahi.inventory.application.InventoryProjection;
import dev.bahi.inventory.application.InventoryQueryHandler;
import dev.bahi.inventory.application.InventoryQueryService;
import dev.bahi.inventory.application.InventorySettingsProjection;
import dev.bahi.inventory.application.InventorySettingsService;
import dev.bahi.inventory.application.SaleStockIssuer;
import dev.bahi.inventory.application.SettingsStockRules;
import dev.bahi.inventory.application.StockService;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.mapstruct.factory.Mappers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the inventory context. The aggregates are found by Axon through their {@code @Aggregate} stereotype
 * and the controllers by component scanning; everything else is declared here.
 */
@Configuration(proxyBeanMethods = false)
public class InventoryConfiguration {
    static final String CONTEXT = "inventory";

    /** A change of the strict-stock setting must hold for the very next sale, so its processor subscribes. */
    @Bean
    ConfigurerModule inventoryProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(InventorySettingsProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(InventorySettingsProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    MongoItemReadModel itemReadModel(ContextDatabases databases) {
        return new MongoItemReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoStockMovementReadModel stockMovementReadModel(ContextDatabases databases) {
        return new MongoStockMovementReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoSkuDirectory skuDirectory(ContextDatabases databases) {
        return new MongoSkuDirectory(databases.of(CONTEXT));
    }

    @Bean
    MongoInventorySettingsStore inventorySettingsStore(ContextDatabases databases) {
        return new MongoInventorySettingsStore(databases.of(CONTEXT));
    }

    @Bean
    InventoryProjection inventoryProjection(MongoItemReadModel items, MongoStockMovementReadModel movements) {
        return new InventoryProjection(items, movements);
    }

    @Bean
    InventorySettingsProjection inventorySettingsProjection(MongoInventorySettingsStore settings) {
        return new InventorySettingsProjection(settings);
    }

    @Bean
    InventoryQueryHandler inventoryQueryHandler(MongoItemReadModel items, MongoStockMovementReadModel movements,
                                                MongoInventorySettingsStore settings) {
        return new InventoryQueryHandler(items, movements, settings);
    }

    @Bean
    InventoryQueryService inventoryQueryService(QueryGateway queries) {
        return new InventoryQueryService(queries, ReadYourWrites.DEFAULT_WAIT);
    }

    @Bean
    StockService stockService(CommandGateway commands) {
        return new StockService(commands);
    }

    @Bean
    CatalogueService catalogueService(CommandGateway commands, MongoSkuDirectory skus, InventoryQueryService items,
                                      StockService stock) {
        return new CatalogueService(commands, skus, items, stock);
    }

    @Bean
    SaleStockIssuer saleStockIssuer(CommandGateway commands) {
        return new SaleStockIssuer(commands);
    }

    /** Resolved by Axon as a parameter of the item's stock command handler. */
    @Bean
    SettingsStockRules stockRules(MongoInventorySettingsStore settings) {
        return new SettingsStockRules(settings);
    }

    @Bean
    InventorySettingsService inventorySettingsService(CommandGateway commands, QueryGateway queries) {
        return new InventorySettingsService(commands, queries);
    }

    @Bean
    InventoryWebMapper inventoryWebMapper() {
        return Mappers.getMapper(InventoryWebMapper.class);
    }

    @Bean
    InventoryDemoData inventoryDemoData(QueryGateway queries, CatalogueService catalogue) {
        return new InventoryDemoData(queries, catalogue);
    }
}
