package dev.bahi.platform.runtime.embedded;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB health check, by {@code ping}: understood by MongoDB and by the embedded store alike
 * (Spring Boot's own check sends {@code hello}, which the embedded store does not know).
 */
@Configuration(proxyBeanMethods = false)
public class MongoHealthConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoClient client, MongoConnectionConfiguration.EmbeddedStore embedded) {
        return () -> {
            try {
                Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up()
                        .withDetail("store", embedded.running() ? "embedded" : "mongodb")
                        .withDetail("ok", answer.get("ok"))
                        .build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
