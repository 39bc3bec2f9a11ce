package dev.bahi.platform.runtime;

import com.mongodb.client.MongoClient;
import dev.bahi.platform.runtime.demo.DemoData;
import dev.bahi.platform.runtime.demo.DemoDataRunner;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.runtime.security.LoginThrottle;
import dev.bahi.platform.runtime.security.LoginThrottleFilter;
import dev.bahi.platform.runtime.security.LoginThrottleProperties;
import dev.bahi.platform.runtime.web.IdempotencyFilter;
import dev.bahi.platform.runtime.web.RequestSizeFilter;
import dev.bahi.platform.runtime.web.IdempotencyStore;
import dev.bahi.platform.runtime.web.RequestLogFilter;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wiring of the runtime pieces that are not a concern of their own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BahiProperties.class, LoginThrottleProperties.class})
public class RuntimeConfiguration {

    @Bean
    ContextDatabases contextDatabases(MongoClient client) {
        return new ContextDatabases(client);
    }

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        // Inside the tracing observation (so its traceId is in the MDC), outside security (so 401s are logged).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    IdempotencyStore idempotencyStore(ContextDatabases databases) {
        return new IdempotencyStore(databases.of("platform"));
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ObjectMapper mapper,
                                                                Clock clock) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, mapper, clock));
        // After Spring Security: keys are kept per caller.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /** First of all: an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(
            dev.bahi.platform.runtime.security.WebSecurityProperties web, ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(new RequestSizeFilter(web.maxBodyBytes(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before Spring Security: a throttled login never reaches password checking. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottleProperties properties,
                                                                    ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(
                new LoginThrottle(properties.perAddress(), properties.perAddressPeriod(), properties.maxTracked()),
                new LoginThrottle(properties.perLogin(), properties.perLoginPeriod(), properties.maxTracked()),
                mapper));
        registration.setEnabled(properties.enabled());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(name = "bahi.demo", havingValue = "true")
    DemoDataRunner demoDataRunner(List<DemoData> contributors) {
        return new DemoDataRunner(contributors);
    }
}
