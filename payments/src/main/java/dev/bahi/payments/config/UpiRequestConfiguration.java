package dev.bahi.payments.config;

import dev.bahi.payments.adapter.out.persistence.MongoUpiRequestReadModel;
import dev.bahi.payments.adapter.out.qr.ZxingUpiRequestQrCodes;
import dev.bahi.payments.application.UpiRequestProjection;
import dev.bahi.payments.application.UpiRequestQueryHandler;
import dev.bahi.payments.application.UpiRequestService;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of UPI requests in the payments context. The {@code UpiRequest} aggregate is found by Axon through its
 * {@code @Aggregate} stereotype and the controller by component scanning.
 */
@Configuration(proxyBeanMethods = false)
public class UpiRequestConfiguration {

    @Bean
    MongoUpiRequestReadModel upiRequestReadModel(ContextDatabases databases) {
        return new MongoUpiRequestReadModel(databases.of(PaymentsConfiguration.CONTEXT));
    }

    @Bean
    UpiRequestProjection upiRequestProjection(MongoUpiRequestReadModel requests) {
        return new UpiRequestProjection(requests);
    }

    @Bean
    UpiRequestQueryHandler upiRequestQueryHandler(MongoUpiRequestReadModel requests) {
        return new UpiRequestQueryHandler(requests);
    }

    @Bean
    ZxingUpiRequestQrCodes upiRequestQrCodes() {
        return new ZxingUpiRequestQrCodes();
    }

    @Bean
    UpiRequestService upiRequestService(CommandGateway commands, QueryGateway queries, ZxingUpiRequestQrCodes qrCodes) {
        return new UpiRequestService(commands, queries, qrCodes, ReadYourWrites.DEFAULT_WAIT);
    }
}
