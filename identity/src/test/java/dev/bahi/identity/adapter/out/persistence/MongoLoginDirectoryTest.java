package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The {@link MongoLoginDirectoryContract} on the embedded store, as tests and a fresh install run it. */
class MongoLoginDirectoryTest extends MongoLoginDirectoryContract {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    @Override
    protected MongoTemplate identityDatabase() {
        return mongo.template();
    }
}
