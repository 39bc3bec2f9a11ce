package dev.bahi.payments.adapter.out.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The payments adapters' contract on a real MongoDB 7.0, proving that the unique UTR key, the filters and paging
 * behave as on the embedded store. Reported as skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerPaymentsAdaptersTest {
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));

    private static MongoClient client;
    private static MongoTemplate payments;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
        payments = new ContextDatabases(client).of("payments");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Nested
    class Adapters extends PaymentsAdaptersContract {
        @Override
        protected MongoTemplate template() {
            return payments;
        }
    }
}
