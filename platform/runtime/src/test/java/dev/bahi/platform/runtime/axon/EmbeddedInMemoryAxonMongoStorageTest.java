package dev.bahi.platform.runtime.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.bahi.platform.runtime.embedded.EmbeddedMongoServer;

/** The storage contract on the embedded store in memory: what tests and {@code bahi.mongo.embedded-in-memory} use. */
class EmbeddedInMemoryAxonMongoStorageTest extends AxonMongoStorageContract {
    private EmbeddedMongoServer server;

    @Override
    protected MongoClient connect() {
        server = EmbeddedMongoServer.inMemory();
        return MongoClients.create(server.connectionString());
    }

    @Override
    protected void disconnect() {
        client.close();
        server.close();
    }
}
