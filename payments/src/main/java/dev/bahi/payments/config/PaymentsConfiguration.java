package dev.bahi.payments.config;

import dev.bahi.payments.adapter.in.web.PaymentWebMapper;
import dev.bahi.payments.adapter.out.persistence.MongoPaymentReadModel;
import dev.bahi.payments.adapter.out.persistence.MongoUtrDirectory;
import dev.bahi.payments.application.CounterSalePayments;
import dev.bahi.payments.application.PaymentApplier;
import dev.bahi.payments.application.PaymentProjection;
import dev.bahi.payments.application.PaymentQueryHandler;
import dev.bahi.payments.application.PaymentQueryService;
import dev.bahi.payments.application.PaymentService;
import dev.bahi.payments.application.ShopCalendar;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.mapstruct.factory.Mappers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the payments context. The payment aggregate is found by Axon through its {@code @Aggregate} stereotype
 * and the controller by component scanning; everything else is declared here.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentsConfiguration {
    static final String CONTEXT = "payments";

    @Bean
    MongoPaymentReadModel paymentReadModel(ContextDatabases databases) {
        return new MongoPaymentReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoUtrDirectory utrDirectory(ContextDatabases databases) {
        return new MongoUtrDirectory(databases.of(CONTEXT));
    }

    @Bean
    PaymentProjection paymentProjection(MongoPaymentReadModel payments) {
        return new PaymentProjection(payments);
    }

    @Bean
    PaymentQueryHandler paymentQueryHandler(MongoPaymentReadModel payments) {
        return new PaymentQueryHandler(payments);
    }

    @Bean
    PaymentQueryService paymentQueryService(QueryGateway queries) {
        return new PaymentQueryService(queries, ReadYourWrites.DEFAULT_WAIT);
    }

    @Bean
    PaymentApplier paymentApplier(CommandGateway commands) {
        return new PaymentApplier(commands);
    }

    @Bean
    CounterSalePayments counterSalePayments(dev.bahi.platform.runtime.axon.DetachedCommands commands,
                                            EventStore events) {
        return new CounterSalePayments(commands, events);
    }

    @Bean
    ShopCalendar shopCalendar(QueryGateway queries, Clock clock) {
        return new ShopCalendar(queries, clock);
    }

    @Bean
    PaymentService paymentService(CommandGateway commands, QueryGateway queries, MongoUtrDirectory utrs,
                                  PaymentQueryService payments, ShopCalendar calendar) {
        return new PaymentService(commands, queries, utrs, payments, calendar);
    }

    @Bean
    PaymentWebMapper paymentWebMapper() {
        return Mappers.getMapper(PaymentWebMapper.class);
    }
}
