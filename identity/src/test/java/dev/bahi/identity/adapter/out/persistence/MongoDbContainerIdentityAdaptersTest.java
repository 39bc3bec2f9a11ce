package dev.bahi.identity.adapter.out.persistence;

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
 * The login-directory and refresh-token contracts on a real MongoDB 7.0 (a single-node replica set, as
 * production runs), proving that the unique key and the atomic compare-and-set behave as on the embedded store.
 * Reported as skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerIdentityAdaptersTest {
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));

    private static MongoClient client;
    private static MongoTemplate identity;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
        identity = new ContextDatabases(client).of("identity");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Nested
    class LoginDirectory extends MongoLoginDirectoryContract {
        @Override
        protected MongoTemplate identityDatabase() {
            return identity;
        }
    }

    @Nested
    class RefreshTokens extends MongoRefreshTokenStoreContract {
        @Override
        protected MongoTemplate identityDatabase() {
            return identity;
        }
    }
}
