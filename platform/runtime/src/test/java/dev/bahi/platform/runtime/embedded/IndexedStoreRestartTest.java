package dev.bahi.platform.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on a data directory finds the persisted indexes and answers the same queries. */
class IndexedStoreRestartTest {

    @TempDir
    Path dir;

    private static <T> T withStore(Path file, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(IndexedH2Backend.onDisk(file));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            return work.apply(client.getDatabase("bahi").getCollection("domainevents"));
        } finally {
            server.shutdownNow();
        }
    }

    private static List<Object> answers(MongoCollection<Document> events) {
        List<Object> answers = new ArrayList<>();
        answers.add(events.find(Filters.and(Filters.eq("aggregateIdentifier", "a3"), Filters.gte("sequenceNumber", 10L)))
                .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>()));
        answers.add(events.find(Filters.eq("aggregateIdentifier", "a5")).sort(Sorts.descending("sequenceNumber"))
                .limit(1).first());
        answers.add(events.find(Filters.gte("timestamp", "t000500")).sort(Sorts.ascending("timestamp", "sequenceNumber"))
                .limit(50).into(new ArrayList<>()));
        answers.add(events.find(Filters.eq("tenantId", "t2")).sort(Sorts.ascending("_id")).limit(20).into(new ArrayList<>()));
        answers.add(events.countDocuments());
        return answers;
    }

    @Test
    void restartFindsTheIndexesAndAnswersTheSame() {
        Path file = dir.resolve("store.mv");
        List<Object> before = withStore(file, events -> {
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            events.createIndex(Indexes.ascending("tenantId"));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                batch.add(new Document("_id", String.format("e%05d", i)).append("aggregateIdentifier", "a" + (i % 10))
                        .append("sequenceNumber", (long) (i / 10)).append("timestamp", String.format("t%06d", i))
                        .append("tenantId", "t" + (i % 3)));
            }
            events.insertMany(batch);
            return answers(events);
        });

        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            assertThat(store.getMapNames()).contains(
                    "bahi.domainevents._oidx_aggregateIdentifier_1_sequenceNumber_1",
                    "bahi.domainevents._oidx_timestamp_1_sequenceNumber_1",
                    "bahi.domainevents._oidx_tenantId_1",
                    "bahi.domainevents._oidx__id_");
            assertThat(store.openMap("bahi.domainevents._oidx_timestamp_1_sequenceNumber_1").size()).isEqualTo(2000);
        }

        List<Object> after = withStore(file, events -> {
            List<Object> answers = answers(events);
            assertThat(events.listIndexes().into(new ArrayList<>())).hasSize(4);
            assertThatThrownBy(() -> events.insertOne(new Document("aggregateIdentifier", "a3").append("sequenceNumber", 10L)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            return answers;
        });
        assertThat(after).isEqualTo(before);
        assertThat(((List<?>) before.get(0))).hasSize(190);
    }
}
