package dev.bahi.sales.config;

import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.sales.adapter.in.schedule.AutomaticReminderJob;
import dev.bahi.sales.adapter.out.persistence.MongoCustomerReadModel;
import dev.bahi.sales.adapter.out.persistence.MongoLedgerReadModel;
import dev.bahi.sales.adapter.out.persistence.MongoReminderPolicyStore;
import dev.bahi.sales.adapter.out.persistence.MongoReminderReadModel;
import dev.bahi.sales.application.AutomaticReminderService;
import dev.bahi.sales.application.CustomerQueryService;
import dev.bahi.sales.application.ReminderPolicyProjection;
import dev.bahi.sales.application.ReminderPolicyService;
import dev.bahi.sales.application.ReminderProjection;
import dev.bahi.sales.application.ReminderQueryHandler;
import dev.bahi.sales.application.ReminderService;
import dev.bahi.sales.application.ShopDirectory;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wiring of udhaar reminders: manual reminders on a khata, each shop's automatic policy (aggregate, store,
 * subscribing projection) and the scheduled scan. The {@code ReminderPolicyRecord} aggregate is found by Axon
 * through its {@code @Aggregate} stereotype and the controllers by component scanning. The reminders are published
 * as {@code ReminderRequested} events for the notifications context to send; nothing here sends a message.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReminderConfiguration {
    static final String CONTEXT = "sales";

    /** A policy the owner just set must be read back and followed by the next scan, so its processor subscribes. */
    @Bean
    ConfigurerModule reminderProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(ReminderPolicyProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ReminderPolicyProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    MongoReminderPolicyStore reminderPolicyStore(ContextDatabases databases) {
        return new MongoReminderPolicyStore(databases.of(CONTEXT));
    }

    @Bean
    MongoReminderReadModel reminderReadModel(ContextDatabases databases) {
        return new MongoReminderReadModel(databases.of(CONTEXT));
    }

    @Bean
    ReminderPolicyProjection reminderPolicyProjection(MongoReminderPolicyStore policies) {
        return new ReminderPolicyProjection(policies);
    }

    @Bean
    ReminderProjection reminderProjection(MongoReminderReadModel reminders) {
        return new ReminderProjection(reminders);
    }

    @Bean
    ReminderQueryHandler reminderQueryHandler(MongoReminderPolicyStore policies, MongoReminderReadModel reminders) {
        return new ReminderQueryHandler(policies, reminders);
    }

    @Bean
    ReminderService reminderService(CommandGateway commands, QueryGateway queries, CustomerQueryService customers,
                                    ShopDirectory shops, Clock clock) {
        return new ReminderService(commands, queries, customers, shops, clock);
    }

    @Bean
    ReminderPolicyService reminderPolicyService(CommandGateway commands, QueryGateway queries) {
        return new ReminderPolicyService(commands, queries);
    }

    @Bean
    AutomaticReminderService automaticReminderService(MongoReminderPolicyStore policies,
                                                      MongoCustomerReadModel customers, MongoLedgerReadModel ledger,
                                                      MongoReminderReadModel reminders, ShopDirectory shops,
                                                      CommandGateway commands) {
        return new AutomaticReminderService(policies, customers, ledger, reminders, shops, commands);
    }

    @Bean
    AutomaticReminderJob automaticReminderJob(AutomaticReminderService reminders, Clock clock,
            @Value("${bahi.udhaar.reminders.scan-enabled:true}") boolean enabled) {
        return new AutomaticReminderJob(reminders, clock, enabled);
    }
}
