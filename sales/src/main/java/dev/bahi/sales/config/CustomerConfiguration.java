package dev.bahi.sales.config;

import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.sales.adapter.in.web.CustomerWebMapper;
import dev.bahi.sales.adapter.out.persistence.MongoCustomerPhoneDirectory;
import dev.bahi.sales.adapter.out.persistence.MongoCustomerReadModel;
import dev.bahi.sales.adapter.out.persistence.MongoLedgerReadModel;
import dev.bahi.sales.application.CustomerProjection;
import dev.bahi.sales.application.CustomerQueryHandler;
import dev.bahi.sales.application.CustomerQueryService;
import dev.bahi.sales.application.CustomerService;
import dev.bahi.sales.application.ShopDirectory;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.mapstruct.factory.Mappers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of udhaar in the sales context: customers, their khatas and phones. The {@code CustomerAccount} aggregate
 * is found by Axon through its {@code @Aggregate} stereotype and the controller by component scanning; the shop
 * directory and clock come from the sales wiring and the runtime.
 */
@Configuration(proxyBeanMethods = false)
public class CustomerConfiguration {
    static final String CONTEXT = "sales";

    @Bean
    MongoCustomerReadModel customerReadModel(ContextDatabases databases) {
        return new MongoCustomerReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoLedgerReadModel ledgerReadModel(ContextDatabases databases) {
        return new MongoLedgerReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoCustomerPhoneDirectory customerPhoneDirectory(ContextDatabases databases) {
        return new MongoCustomerPhoneDirectory(databases.of(CONTEXT));
    }

    @Bean
    CustomerProjection customerProjection(MongoCustomerReadModel customers, MongoLedgerReadModel ledger) {
        return new CustomerProjection(customers, ledger);
    }

    @Bean
    CustomerQueryHandler customerQueryHandler(MongoCustomerReadModel customers, MongoLedgerReadModel ledger) {
        return new CustomerQueryHandler(customers, ledger);
    }

    @Bean
    CustomerQueryService customerQueryService(QueryGateway queries) {
        return new CustomerQueryService(queries, ReadYourWrites.DEFAULT_WAIT);
    }

    @Bean
    CustomerService customerService(CommandGateway commands, MongoCustomerPhoneDirectory phones,
                                    CustomerQueryService customers, ShopDirectory shops, Clock clock) {
        return new CustomerService(commands, phones, customers, shops, clock);
    }

    @Bean
    CustomerWebMapper customerWebMapper() {
        return Mappers.getMapper(CustomerWebMapper.class);
    }
}
