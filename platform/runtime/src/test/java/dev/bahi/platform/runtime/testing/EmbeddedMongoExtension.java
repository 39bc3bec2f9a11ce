package dev.bahi.platform.runtime.testing;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An {@link EmbeddedMongoForTests} for one test class, on the database of one bounded context: started before
 * the class, closed after it, and that context's database dropped before each test (so every test starts on an
 * empty {@code bahi_<context>}; adapters made in {@code @BeforeEach} then create their indexes anew). Register it
 * on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");
 * }</pre>
 */
public final class EmbeddedMongoExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final String context;
    private EmbeddedMongoForTests mongo;
    private String startedBy;
    private MongoTemplate template;

    /** For the database of {@code context}: {@code bahi_<context>}. */
    public EmbeddedMongoExtension(String context) {
        this.context = context;
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        if (mongo == null) {
            mongo = new EmbeddedMongoForTests();
            startedBy = extensionContext.getUniqueId();
            template = mongo.databases().of(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) {
        if (mongo != null && extensionContext.getUniqueId().equals(startedBy)) {
            mongo.close();
            mongo = null;
            startedBy = null;
            template = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext extensionContext) {
        template().getDb().drop();
    }

    /** The template on {@code bahi_<context>}, the database the context's adapters write to. */
    public MongoTemplate template() {
        started();
        return template;
    }

    /**
     * Axon's Mongo token store on {@code bahi_<context>}, as the platform runs it: it writes a token at once (an
     * in-memory token store would hold it until the unit of work commits).
     */
    public TokenStore axonTokenStore() {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client(), template().getDb().getName())
                        .build())
                .serializer(JacksonSerializer.defaultSerializer()).build();
    }

    /** The driver client on the embedded store. */
    public MongoClient client() {
        return started().client();
    }

    private EmbeddedMongoForTests started() {
        if (mongo == null) {
            throw new IllegalStateException("the embedded store runs only while the test class runs: register "
                    + "this extension with @RegisterExtension on a static field");
        }
        return mongo;
    }
}
