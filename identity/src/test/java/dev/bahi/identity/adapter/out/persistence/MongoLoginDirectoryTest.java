package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.platform.runtime.testing.EmbeddedMongoForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The {@link MongoLoginDirectoryContract} on the embedded store, as tests and a fresh install run it. */
class MongoLoginDirectoryTest extends MongoLoginDirectoryContract {
    private static EmbeddedMongoForTests mongo;

    @BeforeAll
    static void startStore() {
        mongo = new EmbeddedMongoForTests();
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    @Override
    protected MongoTemplate identityDatabase() {
        return mongo.databases().of("identity");
    }
}
