package dev.bahi.platform.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Random documents, random writes and random queries of the shapes Axon and the read models send, through the
 * indexed backend and through the library's in-memory backend: the answers must be the same.
 */
class IndexedStoreEquivalenceProperties {

    private static MongoServer referenceServer;
    private static MongoServer indexedServer;
    private static MongoClient reference;
    private static MongoClient indexed;
    private static int round;

    @BeforeContainer
    static void start() {
        referenceServer = new MongoServer(new MemoryBackend());
        indexedServer = new MongoServer(IndexedH2Backend.inMemory());
        reference = MongoClients.create(uri(referenceServer.bind()));
        indexed = MongoClients.create(uri(indexedServer.bind()));
    }

    @AfterContainer
    static void stop() {
        reference.close();
        indexed.close();
        referenceServer.shutdownNow();
        indexedServer.shutdownNow();
    }

    private static String uri(InetSocketAddress address) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    private static final String[] TENANTS = {"t1", "t2", "t3"};
    private static final String[] AGGREGATES = {"a1", "a2", "a3", "a4"};
    private static final String[] STATUSES = {"A", "B", "C"};

    @Property(tries = 60)
    void indexedBackendAnswersLikeTheLibrary(@ForAll long seed) {
        Random random = new Random(seed);
        String name = "c" + (round++);
        MongoCollection<Document> ref = reference.getDatabase("prop").getCollection(name);
        MongoCollection<Document> idx = indexed.getDatabase("prop").getCollection(name);
        boolean multiKey = random.nextInt(5) == 0;
        for (MongoCollection<Document> c : List.of(ref, idx)) {
            c.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            c.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            c.createIndex(Indexes.ascending("tenantId", "status"));
            c.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId"), Indexes.descending("n")));
        }
        int count = random.nextInt(80);
        Map<String, Integer> sequences = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String aggregate = pick(random, AGGREGATES);
            int sequence = sequences.merge(aggregate, 1 + random.nextInt(2), Integer::sum);
            Document document = new Document("_id", random.nextBoolean() ? (Object) i : (Object) ("id" + i))
                    .append("aggregateIdentifier", aggregate)
                    .append("sequenceNumber", (long) sequence)
                    .append("timestamp", "2024-01-0" + (1 + random.nextInt(5)) + "T00:00:00Z")
                    .append("tenantId", pick(random, TENANTS));
            int statusKind = random.nextInt(10);
            if (statusKind < 7) {
                document.append("status", pick(random, STATUSES));
            } else if (statusKind == 7) {
                document.append("status", null);
            } else if (statusKind == 8 && multiKey) {
                document.append("status", List.of(pick(random, STATUSES), pick(random, STATUSES)));
            }
            if (random.nextInt(6) != 0) {
                document.append("n", number(random));
            }
            documents.add(document);
        }
        for (Document document : documents) {
            ref.insertOne(new Document(document));
            idx.insertOne(new Document(document));
        }
        // a duplicate on the unique index is refused by both with the same code
        if (!documents.isEmpty()) {
            Document first = documents.get(0);
            Document duplicate = new Document("_id", "dup").append("aggregateIdentifier", first.get("aggregateIdentifier"))
                    .append("sequenceNumber", first.get("sequenceNumber"));
            assertThat(duplicateCode(idx, duplicate)).isEqualTo(duplicateCode(ref, duplicate)).isEqualTo(11000);
        }
        for (int w = random.nextInt(4); w > 0; w--) {
            write(random, ref, idx);
        }
        for (int q = 0; q < 15; q++) {
            query(random, ref, idx);
        }
        ref.drop();
        idx.drop();
    }

    private static Integer duplicateCode(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(new Document(document));
            return null;
        } catch (com.mongodb.MongoWriteException e) {
            return e.getError().getCode();
        }
    }

    private static Object number(Random random) {
        int value = random.nextInt(7) - 3;
        return switch (random.nextInt(3)) {
            case 0 -> value;
            case 1 -> (long) value;
            default -> random.nextBoolean() ? value + 0.5 : (double) value;
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void write(Random random, MongoCollection<Document> ref, MongoCollection<Document> idx) {
        Bson filter = new Document("tenantId", pick(random, TENANTS));
        switch (random.nextInt(4)) {
            case 0 -> {
                Bson update = new Document("$set", new Document("status", pick(random, STATUSES)));
                assertThat(idx.updateMany(filter, update).getModifiedCount())
                        .isEqualTo(ref.updateMany(filter, update).getModifiedCount());
            }
            case 1 -> {
                Bson update = new Document("$inc", new Document("n", 1));
                assertThat(idx.updateMany(filter, update).getModifiedCount())
                        .isEqualTo(ref.updateMany(filter, update).getModifiedCount());
            }
            case 2 -> {
                Bson byId = new Document("_id", random.nextInt(40));
                assertThat(idx.deleteOne(byId).getDeletedCount()).isEqualTo(ref.deleteOne(byId).getDeletedCount());
            }
            default -> {
                String id = "up" + random.nextInt(3);
                Bson upsertFilter = new Document("_id", id);
                Bson update = new Document("$set", new Document("tenantId", pick(random, TENANTS)).append("n", number(random))
                        .append("aggregateIdentifier", id).append("sequenceNumber", 0L));
                var options = new com.mongodb.client.model.UpdateOptions().upsert(true);
                idx.updateOne(upsertFilter, update, options);
                ref.updateOne(upsertFilter, update, options);
            }
        }
    }

    private static Object numberBound(Random random) {
        return number(random);
    }

    private static void query(Random random, MongoCollection<Document> ref, MongoCollection<Document> idx) {
        Document filter;
        Document sort = null;
        switch (random.nextInt(9)) {
            case 0 -> {
                filter = new Document("$and", List.of(new Document("aggregateIdentifier", pick(random, AGGREGATES)),
                        new Document("sequenceNumber", new Document("$gte", (long) random.nextInt(10)))));
                sort = new Document("sequenceNumber", 1);
            }
            case 1 -> {
                filter = new Document("aggregateIdentifier", pick(random, AGGREGATES));
                sort = new Document("sequenceNumber", -1);
            }
            case 2 -> {
                filter = new Document("timestamp", new Document(random.nextBoolean() ? "$gte" : "$gt",
                        "2024-01-0" + (1 + random.nextInt(5)) + "T00:00:00Z"));
                sort = new Document("timestamp", 1).append("sequenceNumber", 1);
            }
            case 3 -> {
                filter = new Document("$and", List.of(
                        new Document("timestamp", new Document("$gt", "2024-01-0" + (1 + random.nextInt(5)) + "T00:00:00Z")),
                        new Document("timestamp", new Document("$lt", "2024-01-0" + (1 + random.nextInt(5)) + "T00:00:00Z"))));
                sort = random.nextBoolean() ? new Document("timestamp", -1).append("sequenceNumber", -1) : null;
            }
            case 4 -> {
                filter = new Document("tenantId", pick(random, TENANTS))
                        .append("status", new Document("$in", List.of(pick(random, STATUSES), pick(random, STATUSES))));
                sort = new Document("_id", random.nextBoolean() ? 1 : -1);
            }
            case 5 -> {
                String op = new String[] {"$gte", "$gt", "$lt", "$lte"}[random.nextInt(4)];
                filter = new Document("tenantId", pick(random, TENANTS)).append("n", new Document(op, numberBound(random)));
                sort = random.nextBoolean() ? new Document("n", -1).append("_id", -1) : new Document("n", 1);
            }
            case 6 -> {
                filter = new Document("tenantId", new Document("$nin", List.of(pick(random, TENANTS))));
                sort = random.nextBoolean() ? new Document("tenantId", 1).append("status", 1) : null;
            }
            case 7 -> {
                filter = random.nextBoolean() ? new Document("_id", random.nextInt(40))
                        : new Document("_id", new Document("$in", List.of(random.nextInt(40), "id" + random.nextInt(40))));
            }
            default -> {
                filter = new Document("tenantId", pick(random, TENANTS)).append("status", pick(random, STATUSES));
                sort = random.nextBoolean() ? new Document("_id", 1) : null;
            }
        }
        int skip = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        int limit = random.nextInt(3) == 0 ? 1 + random.nextInt(8) : 0;
        int batchSize = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
        List<Document> expected = run(ref, filter, sort, skip, limit, batchSize);
        List<Document> actual = run(idx, filter, sort, skip, limit, batchSize);
        String context = "filter " + filter.toJson() + " sort " + (sort == null ? null : sort.toJson())
                + " skip " + skip + " limit " + limit + " batch " + batchSize;
        assertThat(actual).as(context).hasSameSizeAs(expected);
        boolean total = sort != null && sort.containsKey("_id");
        boolean window = skip > 0 || limit > 0;
        if (sort != null) {
            assertThat(keys(actual, sort)).as(context).isEqualTo(keys(expected, sort));
        }
        if (total) {
            assertThat(actual).as(context).isEqualTo(expected);
        } else if (!window) {
            assertThat(sortedById(actual)).as(context).isEqualTo(sortedById(expected));
        }
        assertThat(idx.countDocuments(filter)).as(context).isEqualTo(ref.countDocuments(filter));
    }

    private static List<Document> run(MongoCollection<Document> collection, Document filter, Document sort, int skip,
                                      int limit, int batchSize) {
        FindIterable<Document> find = collection.find(filter).skip(skip).limit(limit);
        if (sort != null) {
            find = find.sort(sort);
        }
        if (batchSize > 0) {
            find = find.batchSize(batchSize);
        }
        return find.into(new ArrayList<>());
    }

    private static List<List<String>> keys(List<Document> documents, Document sort) {
        List<List<String>> keys = new ArrayList<>();
        for (Document document : documents) {
            List<String> key = new ArrayList<>();
            for (String field : sort.keySet()) {
                Object value = document.get(field);
                if (value instanceof List<?> list && !list.isEmpty()) {
                    List<String> elements = list.stream().map(String::valueOf).sorted().toList();
                    value = ((Number) sort.get(field)).intValue() > 0 ? elements.get(0) : elements.get(elements.size() - 1);
                }
                key.add(value instanceof Number number ? String.valueOf(number.doubleValue()) : String.valueOf(value));
            }
            keys.add(key);
        }
        return keys;
    }

    private static List<Document> sortedById(List<Document> documents) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(document -> String.valueOf(document.get("_id"))));
        return sorted;
    }
}
