package dev.bahi.platform.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import dev.bahi.platform.runtime.BahiProperties;
import dev.bahi.platform.runtime.embedded.MongoConnectionConfiguration.EmbeddedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Where MongoDB is: a configured URI wins, in a fixed order; without one the embedded store starts. */
class MongoConnectionConfigurationTest {
    private final MongoConnectionConfiguration configuration = new MongoConnectionConfiguration();
    private final MockEnvironment environment = new MockEnvironment();

    @TempDir
    Path dataDir;

    private BahiProperties properties(String bahiMongoUri, boolean embeddedInMemory) {
        return new BahiProperties(dataDir, new BahiProperties.Mongo(bahiMongoUri, embeddedInMemory),
                null, null, null, null, false);
    }

    @Test
    void without_any_uri_none_is_configured() {
        assertThat(MongoConnectionConfiguration.configuredUri(properties(null, false), environment)).isNull();
    }

    @Test
    void mongodb_uri_from_the_environment_is_used_when_it_is_the_only_one() {
        environment.setProperty("MONGODB_URI", "mongodb://env-host:27017");

        assertThat(MongoConnectionConfiguration.configuredUri(properties(null, false), environment))
                .isEqualTo("mongodb://env-host:27017");
    }

    @Test
    void spring_data_mongodb_uri_wins_over_mongodb_uri() {
        environment.setProperty("MONGODB_URI", "mongodb://env-host:27017");
        environment.setProperty("spring.data.mongodb.uri", "mongodb://spring-host:27017");

        assertThat(MongoConnectionConfiguration.configuredUri(properties(null, false), environment))
                .isEqualTo("mongodb://spring-host:27017");
    }

    @Test
    void bahi_mongo_uri_wins_over_both() {
        environment.setProperty("MONGODB_URI", "mongodb://env-host:27017");
        environment.setProperty("spring.data.mongodb.uri", "mongodb://spring-host:27017");

        assertThat(MongoConnectionConfiguration.configuredUri(properties("mongodb://bahi-host:27017", false), environment))
                .isEqualTo("mongodb://bahi-host:27017");
    }

    @Test
    void blank_values_are_skipped_and_the_chosen_uri_is_trimmed() {
        environment.setProperty("spring.data.mongodb.uri", "   ");
        environment.setProperty("MONGODB_URI", "  mongodb://env-host:27017\n");

        assertThat(MongoConnectionConfiguration.configuredUri(properties(" ", false), environment))
                .isEqualTo("mongodb://env-host:27017");
    }

    @Test
    void with_a_configured_uri_no_embedded_store_starts_and_the_client_goes_to_that_uri() {
        environment.setProperty("MONGODB_URI", "mongodb://db1.example.in:27017,db2.example.in:27017/?replicaSet=rs0");
        BahiProperties properties = properties(null, false);

        try (EmbeddedStore store = configuration.embeddedStore(properties, environment)) {
            assertThat(store.running()).isFalse();
        }
        var details = configuration.mongoConnectionDetails(properties, environment,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedStore.class));
        assertThat(details.getConnectionString().getHosts()).containsExactly("db1.example.in:27017", "db2.example.in:27017");
        assertThat(Files.exists(dataDir.resolve(EmbeddedMongoServer.STORE_FILE))).isFalse();
    }

    @Test
    void without_a_uri_the_embedded_store_starts_on_disk_in_the_data_directory() {
        BahiProperties properties = properties(null, false);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();

        try (EmbeddedStore store = configuration.embeddedStore(properties, environment)) {
            beans.addBean("embeddedStore", store);
            assertThat(store.running()).isTrue();
            assertThat(store.server().description()).startsWith("on disk at ")
                    .contains(dataDir.resolve(EmbeddedMongoServer.STORE_FILE).toString());

            var details = configuration.mongoConnectionDetails(properties, environment,
                    beans.getBeanProvider(EmbeddedStore.class));
            assertThat(details.getConnectionString().getConnectionString()).isEqualTo(store.server().connectionString());
            assertThat(details.getConnectionString().getHosts()).singleElement().asString().startsWith("127.0.0.1:");
            try (var client = MongoClients.create(store.server().connectionString())) {
                assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok"))
                        .isIn(1, 1.0);
            }
        }
        assertThat(dataDir.resolve(EmbeddedMongoServer.STORE_FILE)).exists();
    }

    @Test
    void embedded_in_memory_keeps_nothing_in_the_data_directory() {
        try (EmbeddedStore store = configuration.embeddedStore(properties(null, true), environment)) {
            assertThat(store.running()).isTrue();
            assertThat(store.server().description()).isEqualTo("in memory");
        }
        assertThat(dataDir.resolve(EmbeddedMongoServer.STORE_FILE)).doesNotExist();
    }
}
