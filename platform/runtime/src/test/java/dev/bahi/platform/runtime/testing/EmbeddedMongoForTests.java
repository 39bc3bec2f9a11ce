package dev.bahi.platform.runtime.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.bahi.platform.runtime.embedded.EmbeddedMongoServer;
import dev.bahi.platform.runtime.mongo.ContextDatabases;

/**
 * An in-memory embedded store and a real driver client on it, for adapter tests that need no Spring
 * context. Close it after the test class.
 */
public final class EmbeddedMongoForTests implements AutoCloseable {
    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = MongoClients.create(server.connectionString());

    public MongoClient client() {
        return client;
    }

    public ContextDatabases databases() {
        return new ContextDatabases(client);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
