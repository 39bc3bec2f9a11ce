package dev.bahi.platform.runtime.embedded.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import dev.bahi.platform.runtime.embedded.IndexedH2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Manual benchmark (not part of the test run): Axon-shaped operations on the indexed embedded store through the
 * official driver, at growing event counts. Run with the test classpath:
 * {@code java -cp ... dev.bahi.platform.runtime.embedded.bench.IndexedStoreBenchmark 1000 10000 100000 1000000}.
 * The documents and indexes have the shape axon-mongo's DocumentPerEventStorageStrategy writes.
 */
public final class IndexedStoreBenchmark {
    private IndexedStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| events | aggregate load (1,000 events) | last sequence | tracking batch (100) | snapshot read | append | restart | bytes/event |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String arg : args.length == 0 ? new String[] {"1000", "10000", "100000"} : args) {
            run(Integer.parseInt(arg));
        }
    }

    private static void run(int events) throws Exception {
        Path dir = Files.createTempDirectory("bahi-bench");
        Path file = dir.resolve("bench.mv");
        MongoServer server = new MongoServer(IndexedH2Backend.onDisk(file));
        InetSocketAddress address = server.bind();
        double load;
        double last;
        double tracking;
        double snapshot;
        double append;
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> domain = client.getDatabase("bench").getCollection("domainevents");
            MongoCollection<Document> snapshots = client.getDatabase("bench").getCollection("snapshotevents");
            for (MongoCollection<Document> c : List.of(domain, snapshots)) {
                c.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
                c.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            }
            // one big aggregate of 1,000 events, the rest spread over aggregates of 10
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                boolean big = i < 1000;
                batch.add(event(i, big ? "big" : "agg-" + (i / 10), big ? i : i % 10));
                if (batch.size() == 1000) {
                    domain.insertMany(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                domain.insertMany(batch);
            }
            snapshots.insertOne(event(0, "big", 999));
            String middle = String.format("2024-01-01T00:%09d", events / 2);
            load = time(20, () -> domain.find(Filters.and(Filters.eq("aggregateIdentifier", "big"),
                    Filters.gte("sequenceNumber", 0L))).sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>()));
            last = time(50, () -> domain.find(Filters.eq("aggregateIdentifier", "big"))
                    .sort(Sorts.descending("sequenceNumber")).limit(1).first());
            tracking = time(50, () -> domain.find(Filters.gte("timestamp", middle))
                    .sort(Sorts.ascending("timestamp", "sequenceNumber")).limit(100).into(new ArrayList<>()));
            snapshot = time(50, () -> snapshots.find(Filters.eq("aggregateIdentifier", "big"))
                    .sort(Sorts.descending("sequenceNumber")).limit(1).first());
            int[] next = {events};
            append = time(100, () -> domain.insertOne(event(next[0]++, "append-" + next[0], 0)));
        } finally {
            server.shutdownNow();
        }
        long bytes = Files.size(file);
        long start = System.nanoTime();
        MongoServer reopened = new MongoServer(IndexedH2Backend.onDisk(file));
        InetSocketAddress again = reopened.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + again.getHostString() + ":" + again.getPort())) {
            client.getDatabase("bench").getCollection("domainevents").find(Filters.eq("aggregateIdentifier", "big"))
                    .sort(Sorts.descending("sequenceNumber")).limit(1).first();
        }
        double restart = (System.nanoTime() - start) / 1e6;
        reopened.shutdownNow();
        System.out.printf("| %,d | %.1f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.0f ms | %,d |%n",
                events, load, last, tracking, snapshot, append, restart, bytes / (events + 101));
    }

    private static Document event(int i, String aggregate, long sequence) {
        return new Document("aggregateIdentifier", aggregate)
                .append("type", "Order")
                .append("sequenceNumber", sequence)
                .append("serializedPayload", "{\"orderId\":\"" + aggregate + "\",\"line\":" + i + ",\"sku\":\"SKU-123\",\"qty\":2}")
                .append("timestamp", String.format("2024-01-01T00:%09d", i))
                .append("payloadType", "dev.bahi.sales.OrderLineAdded")
                .append("payloadRevision", null)
                .append("serializedMetaData", "{\"tenantId\":\"t1\",\"traceId\":\"" + i + "\"}")
                .append("eventIdentifier", java.util.UUID.randomUUID().toString());
    }

    private static double time(int repetitions, Runnable operation) {
        operation.run(); // warm
        long start = System.nanoTime();
        for (int i = 0; i < repetitions; i++) {
            operation.run();
        }
        return (System.nanoTime() - start) / 1e6 / repetitions;
    }
}
