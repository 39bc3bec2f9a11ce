package dev.bahi.platform.runtime.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.bson.Document;

/** Child process of {@link IndexedStoreCrashTest}: writes until killed, printing each acknowledged write. */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        MongoServer server = new MongoServer(IndexedH2Backend.onDisk(file));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> events = client.getDatabase("crash").getCollection("events");
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            System.out.println("READY");
            for (long i = 0; ; i++) {
                events.insertOne(new Document("_id", "e" + i).append("aggregateIdentifier", "a" + (i % 7))
                        .append("sequenceNumber", i / 7).append("timestamp", String.format("t%09d", i))
                        .append("payload", "x".repeat(200)));
                System.out.println("ACKED " + i);
                System.out.flush();
            }
        }
    }
}
