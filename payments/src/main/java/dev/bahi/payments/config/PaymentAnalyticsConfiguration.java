package dev.bahi.payments.config;

import dev.bahi.payments.adapter.out.persistence.MongoPaymentAnalyticsReadModel;
import dev.bahi.payments.application.PaymentAnalyticsProjection;
import dev.bahi.payments.application.PaymentAnalyticsQueryHandler;
import dev.bahi.payments.application.PaymentAnalyticsService;
import dev.bahi.payments.application.ShopCalendar;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the payments context's analytics: its read model, the "payments.analytics" projection and queries. */
@Configuration(proxyBeanMethods = false)
public class PaymentAnalyticsConfiguration {

    @Bean
    MongoPaymentAnalyticsReadModel paymentAnalyticsReadModel(ContextDatabases databases) {
        return new MongoPaymentAnalyticsReadModel(databases.of(PaymentsConfiguration.CONTEXT));
    }

    @Bean
    PaymentAnalyticsProjection paymentAnalyticsProjection(MongoPaymentAnalyticsReadModel entries) {
        return new PaymentAnalyticsProjection(entries);
    }

    @Bean
    PaymentAnalyticsQueryHandler paymentAnalyticsQueryHandler(MongoPaymentAnalyticsReadModel entries) {
        return new PaymentAnalyticsQueryHandler(entries);
    }

    @Bean
    PaymentAnalyticsService paymentAnalyticsService(QueryGateway queries, ShopCalendar calendar) {
        return new PaymentAnalyticsService(queries, calendar);
    }
}
