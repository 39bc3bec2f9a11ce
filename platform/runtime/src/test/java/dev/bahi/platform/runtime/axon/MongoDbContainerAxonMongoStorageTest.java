package dev.bahi.platform.runtime.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The storage contract on a real MongoDB 7.0 (a single-node replica set, as production runs), proving the
 * embedded store behaves like the real thing. Reported as skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerAxonMongoStorageTest extends AxonMongoStorageContract {
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));

    @Override
    protected MongoClient connect() {
        return MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @Override
    protected void disconnect() {
        client.close();
    }
}
