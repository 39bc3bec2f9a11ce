package dev.bahi.payments.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.payments.api.UpiRequestStatus;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** UPI requests are read back exactly, by id and by reference, and only within their shop. */
class EmbeddedUpiRequestReadModelTest {
    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("payments");

    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String R1 = "0193b1d0-0000-7000-8000-8f3a2c9d1e0b";
    static final String R2 = "0193b1d0-0000-7000-8000-000000000002";
    static final Instant AT = Instant.parse("2026-11-25T04:15:00Z");

    private MongoUpiRequestReadModel requests;

    @BeforeEach
    void emptyStore() {
        mongo.template().getCollection(MongoUpiRequestReadModel.COLLECTION).deleteMany(new Document());
        requests = new MongoUpiRequestReadModel(mongo.template());
    }

    static UpiRequestView request(String tenantId, String id, String reference) {
        return new UpiRequestView(id, tenantId, reference, 570_00, "0193b1d0-0000-7000-8000-00000000000a", null,
                "shop@okicici", "Sharma Kirana", "Bill payment " + reference,
                "upi://pay?pa=shop@okicici&pn=Sharma%20Kirana&am=570.00&cu=INR&tr=" + reference, UpiRequestStatus.OPEN,
                "0193b1d0-0000-7000-8000-00000000000b", AT);
    }

    @Test
    void a_request_is_found_by_id_and_by_reference_within_its_shop_only() {
        UpiRequestView mine = request(SHOP, R1, "BAHI8F3A2C9D1E0B");
        requests.save(mine);
        requests.save(request(OTHER_SHOP, R2, "BAHI000000000002"));

        assertThat(requests.find(SHOP, R1)).contains(mine);
        assertThat(requests.findByReference(SHOP, "BAHI8F3A2C9D1E0B")).contains(mine);
        assertThat(requests.find(OTHER_SHOP, R1)).isEmpty();
        assertThat(requests.findByReference(OTHER_SHOP, "BAHI8F3A2C9D1E0B")).isEmpty();
        assertThat(requests.findByReference(SHOP, "BAHI000000000002")).isEmpty();
        assertThat(requests.findByReference(SHOP, "BAHI8F3A2C9D1E0C")).isEmpty();
    }

    @Test
    void saving_again_replaces_and_clear_empties() {
        requests.save(request(SHOP, R1, "BAHI8F3A2C9D1E0B"));
        requests.save(request(SHOP, R1, "BAHI8F3A2C9D1E0B"));
        assertThat(mongo.template().getCollection(MongoUpiRequestReadModel.COLLECTION).countDocuments()).isEqualTo(1);
        requests.clear();
        assertThat(requests.find(SHOP, R1)).isEmpty();
    }
}
