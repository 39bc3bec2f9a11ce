package dev.bahi.platform.runtime.embedded;

import com.mongodb.ConnectionString;
import dev.bahi.platform.runtime.BahiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Decides where MongoDB is: {@code MONGODB_URI} / {@code spring.data.mongodb.uri} / {@code bahi.mongo.uri}
 * when set, otherwise the embedded store in the data directory. Spring Boot builds the one
 * {@code MongoClient} from the connection details declared here.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConnectionConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MongoConnectionConfiguration.class);

    /** Set when the platform runs on the embedded store; absent with an external MongoDB. */
    public record EmbeddedStore(EmbeddedMongoServer server) implements AutoCloseable {
        public boolean running() {
            return server != null;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(BahiProperties properties, Environment environment) {
        if (configuredUri(properties, environment) != null) {
            return new EmbeddedStore(null);
        }
        EmbeddedMongoServer server = properties.mongo().embeddedInMemory()
                ? EmbeddedMongoServer.inMemory()
                : EmbeddedMongoServer.onDisk(properties.dataDir());
        log.info("No MONGODB_URI set: started the embedded MongoDB-compatible store {} on {} "
                + "(for trying Bahi, development and tests; production sets MONGODB_URI to a replica set)",
                server.description(), server.connectionString());
        return new EmbeddedStore(server);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(BahiProperties properties, Environment environment,
                                                  ObjectProvider<EmbeddedStore> embedded) {
        String uri = configuredUri(properties, environment);
        if (uri == null) {
            uri = embedded.getObject().server().connectionString();
        } else {
            log.info("Using MongoDB at {}", new ConnectionString(uri).getHosts());
        }
        ConnectionString connectionString = new ConnectionString(uri);
        return () -> connectionString;
    }

    static String configuredUri(BahiProperties properties, Environment environment) {
        for (String candidate : new String[] {
                properties.mongo().uri(),
                environment.getProperty("spring.data.mongodb.uri"),
                environment.getProperty("MONGODB_URI")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }
}
