package dev.bahi.platform.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 after acknowledged writes loses none of them, and the indexes still answer for them. */
class IndexedStoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Path file = dir.resolve("crash.mv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long acked = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACKED ")) {
                    acked = Long.parseLong(line.substring(6));
                    if (acked >= 300) {
                        break;
                    }
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux, while it keeps writing
            child.waitFor();
            // the child may have acknowledged more before it died; whatever of that is still readable counts too
            try {
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACKED ")) {
                        acked = Long.parseLong(line.substring(6));
                    }
                }
            } catch (java.io.IOException streamClosedByKill) {
                // nothing more to read
            }
        }
        assertThat(acked).isGreaterThanOrEqualTo(300);

        MongoServer server = new MongoServer(IndexedH2Backend.onDisk(file));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoCollection<Document> events = client.getDatabase("crash").getCollection("events");
            assertThat(events.countDocuments()).isGreaterThanOrEqualTo(acked + 1);
            List<Document> tracked = events.find(Filters.gte("timestamp", "t000000000"))
                    .sort(Sorts.ascending("timestamp", "sequenceNumber")).into(new ArrayList<>());
            assertThat(tracked.size()).isGreaterThanOrEqualTo((int) acked + 1);
            for (long i = 0; i <= acked; i++) {
                assertThat(tracked.get((int) i).get("_id")).isEqualTo("e" + i);
            }
            Document last = events.find(Filters.eq("aggregateIdentifier", "a" + (acked % 7)))
                    .sort(Sorts.descending("sequenceNumber")).limit(1).first();
            assertThat(((Number) last.get("sequenceNumber")).longValue()).isGreaterThanOrEqualTo(acked / 7);
        } finally {
            server.shutdownNow();
        }
        assertThat(new File(file.toString())).exists();
    }
}
