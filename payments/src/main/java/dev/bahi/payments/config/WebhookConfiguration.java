package dev.bahi.payments.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.payments.adapter.out.persistence.MongoProviderSecrets;
import dev.bahi.payments.adapter.out.persistence.MongoWebhookEvents;
import dev.bahi.payments.adapter.out.provider.GenericPaymentProviderGateway;
import dev.bahi.payments.application.PaymentProviderService;
import dev.bahi.payments.application.PaymentQueryService;
import dev.bahi.payments.application.PaymentService;
import dev.bahi.payments.application.PaymentWebhookService;
import dev.bahi.payments.application.port.out.PaymentProviderGateway;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of payment providers' webhooks. Every {@link PaymentProviderGateway} bean is a provider, found by its name;
 * adding Razorpay, Paytm or PhonePe is adding its adapter as a bean.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    @Bean
    GenericPaymentProviderGateway genericPaymentProviderGateway(ObjectMapper json) {
        return new GenericPaymentProviderGateway(json);
    }

    @Bean
    MongoProviderSecrets providerSecrets(ContextDatabases databases) {
        return new MongoProviderSecrets(databases.of(PaymentsConfiguration.CONTEXT));
    }

    @Bean
    MongoWebhookEvents webhookEvents(ContextDatabases databases) {
        return new MongoWebhookEvents(databases.of(PaymentsConfiguration.CONTEXT));
    }

    @Bean
    PaymentProviderService paymentProviderService(List<PaymentProviderGateway> gateways, MongoProviderSecrets secrets,
                                                  Clock clock) {
        return new PaymentProviderService(byName(gateways), secrets, clock);
    }

    @Bean
    PaymentWebhookService paymentWebhookService(List<PaymentProviderGateway> gateways, MongoProviderSecrets secrets,
                                                MongoWebhookEvents events, PaymentService payments,
                                                PaymentQueryService paymentQueries, QueryGateway queries) {
        return new PaymentWebhookService(byName(gateways), secrets, events, payments, paymentQueries, queries);
    }

    private static Map<String, PaymentProviderGateway> byName(List<PaymentProviderGateway> gateways) {
        return gateways.stream().collect(Collectors.toMap(PaymentProviderGateway::name, Function.identity()));
    }
}
