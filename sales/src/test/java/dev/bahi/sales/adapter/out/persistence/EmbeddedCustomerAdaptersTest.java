package dev.bahi.sales.adapter.out.persistence;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The {@link CustomerAdaptersContract} on the embedded store, as tests and a fresh install run it. */
class EmbeddedCustomerAdaptersTest extends CustomerAdaptersContract {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("sales");

    @Override
    protected MongoTemplate template() {
        return mongo.template();
    }
}
