package dev.bahi.sales.adapter.out.persistence;

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
 * The customer adapters' contract on a real MongoDB 7.0 (a single-node replica set, as production runs), proving that
 * the tenant-scoped keys, search, paging, date ranges and the phones' unique claims behave as on the embedded store.
 * Reported as skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerCustomerAdaptersTest {
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));

    private static MongoClient client;
    private static MongoTemplate sales;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
        sales = new ContextDatabases(client).of("sales");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Nested
    class Adapters extends CustomerAdaptersContract {
        @Override
        protected MongoTemplate template() {
            return sales;
        }
    }
}
