package dev.bahi.payments.adapter.out.persistence;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The {@link PaymentsAdaptersContract} on the embedded store, as tests and a fresh install run it. */
class EmbeddedPaymentsAdaptersTest extends PaymentsAdaptersContract {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("payments");

    @Override
    protected MongoTemplate template() {
        return mongo.template();
    }
}
