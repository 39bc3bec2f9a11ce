package dev.bahi.inventory.adapter.out.persistence;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The {@link InventoryAdaptersContract} on the embedded store, as tests and a fresh install run it. */
class EmbeddedInventoryAdaptersTest extends InventoryAdaptersContract {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("inventory");

    @Override
    protected MongoTemplate template() {
        return mongo.template();
    }
}
