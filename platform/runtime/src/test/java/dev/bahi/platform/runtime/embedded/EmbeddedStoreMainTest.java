package dev.bahi.platform.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreMainTest {

    private static EmbeddedStoreMain.Options parse(Properties system, Map<String, String> env, String... args) {
        return EmbeddedStoreMain.Options.parse(args, system, env);
    }

    @Test
    void defaults_are_loopback_27017_and_the_data_directory() {
        EmbeddedStoreMain.Options options = parse(new Properties(), Map.of());
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(27017);
        assertThat(options.dataDir()).isEqualTo(Path.of("./data"));

        assertThat(parse(new Properties(), Map.of("BAHI_DATA_DIR", "/var/bahi")).dataDir())
                .isEqualTo(Path.of("/var/bahi"));
    }

    @Test
    void arguments_beat_system_properties_which_beat_the_environment() {
        Properties system = new Properties();
        system.setProperty("bahi.store.data-dir", "/from/property");
        system.setProperty("bahi.store.port", "27100");
        system.setProperty("bahi.store.host", "0.0.0.0");
        Map<String, String> env = Map.of("BAHI_DATA_DIR", "/from/env");

        EmbeddedStoreMain.Options fromProperties = parse(system, env);
        assertThat(fromProperties).isEqualTo(new EmbeddedStoreMain.Options(Path.of("/from/property"), "0.0.0.0", 27100));

        EmbeddedStoreMain.Options fromArgs = parse(system, env, "--data-dir=/from/args", "--port", "27200",
                "--host=127.0.0.2");
        assertThat(fromArgs).isEqualTo(new EmbeddedStoreMain.Options(Path.of("/from/args"), "127.0.0.2", 27200));
    }

    @Test
    void bad_arguments_are_refused_with_the_usage() {
        assertThatThrownBy(() -> parse(new Properties(), Map.of(), "--port=abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> parse(new Properties(), Map.of(), "--port=70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..65535");
        assertThatThrownBy(() -> parse(new Properties(), Map.of(), "--colour=blue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --colour")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> parse(new Properties(), Map.of(), "--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(new Properties(), Map.of(), "store"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unexpected argument");
    }

    @Test
    void what_was_written_before_a_stop_is_found_after_a_restart(@TempDir Path dir) {
        EmbeddedStoreMain.Options options = new EmbeddedStoreMain.Options(dir, "127.0.0.1", 0);
        try (EmbeddedStoreMain.Running store = EmbeddedStoreMain.start(options)) {
            assertThat(store.connectionString()).startsWith("mongodb://127.0.0.1:").endsWith("/");
            assertThat(store.file()).isEqualTo(dir.resolve(EmbeddedMongoServer.STORE_FILE).toAbsolutePath());
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> sales = client.getDatabase("bahi_sales").getCollection("sales");
                sales.insertOne(new Document("_id", "t1:s1").append("tenantId", "t1").append("total", "570.00"));
            }
        }
        assertThat(dir.resolve(EmbeddedMongoServer.STORE_FILE)).exists();

        try (EmbeddedStoreMain.Running again = EmbeddedStoreMain.start(options);
             MongoClient client = MongoClients.create(again.connectionString())) {
            Document found = client.getDatabase("bahi_sales").getCollection("sales")
                    .find(Filters.eq("_id", "t1:s1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("total")).isEqualTo("570.00");
        }
    }

    @Test
    void closing_twice_is_harmless(@TempDir Path dir) {
        EmbeddedStoreMain.Running store = EmbeddedStoreMain.start(new EmbeddedStoreMain.Options(dir, "127.0.0.1", 0));
        store.close();
        store.close();
    }
}
