package dev.bahi.platform.runtime.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process MongoDB wire-protocol server used when no MongoDB URI is configured. It listens on a
 * loopback port only, so the application still talks to it through the official driver.
 */
public final class EmbeddedMongoServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String STORE_FILE = "bahi-store.mv";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;

    private EmbeddedMongoServer(MongoBackend backend, String description) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    /**
     * A durable store in {@code dataDir}: what survives a restart. Ordered, persisted indexes and a commit
     * before every write is acknowledged (see {@link IndexedH2Backend} and ADR 0006).
     */
    public static EmbeddedMongoServer onDisk(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(STORE_FILE).toAbsolutePath();
        return new EmbeddedMongoServer(IndexedH2Backend.onDisk(file), "on disk at " + file);
    }

    /** A throw-away store for fast tests. */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(IndexedH2Backend.inMemory(), "in memory");
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        log.info("Stopping the embedded MongoDB-compatible store ({})", description);
        server.shutdownNow();
    }
}
