package dev.bahi.platform.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.bahi.platform.runtime.embedded.EmbeddedMongoServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.saga.AssociationValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract on the embedded store on disk (H2 MVStore): the default when no MongoDB URI is set,
 * so it must also keep everything over a restart.
 */
class EmbeddedOnDiskAxonMongoStorageTest extends AxonMongoStorageContract {
    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;

    @Override
    protected MongoClient connect() {
        server = EmbeddedMongoServer.onDisk(dataDir);
        return MongoClients.create(server.connectionString());
    }

    @Override
    protected void disconnect() {
        client.close();
        server.close();
    }

    private void restart() {
        disconnect();
        wireAsConfigured(connect());
    }

    @Test
    void events_snapshots_tokens_and_sagas_survive_a_restart_of_the_store() {
        String item = newId();
        var registered = new ItemRegistered("tenant-1", item, "Mustard oil 1 L", 18_900);
        var received = new StockReceived("tenant-1", item, new BigDecimal("24"), null);
        engine.appendEvents(event(item, 0, registered, 0), event(item, 1, received, 1));
        var snapshot = new ItemSnapshot("tenant-1", item, "Mustard oil 1 L", new BigDecimal("24"));
        engine.storeSnapshot(event(item, 1, snapshot, 2));
        tokenStore.initializeTokenSegments(PROCESSOR, 1);
        TrackingToken reached = trackedAfter(engine, null).get(0).trackingToken();
        tokenStore.storeToken(reached, PROCESSOR, 0);
        var saga = new UdhaarReminders("tenant-1", "cust-9", 2);
        var customer = new AssociationValue("customerId", "cust-9");
        sagaStore.insertSaga(UdhaarReminders.class, "saga-1", saga, Set.of(customer));

        restart();

        assertThat(history(engine, item)).extracting(AxonMongoStorageContract::payloadOf).containsExactly(registered, received);
        assertThat(engine.readSnapshot(item)).get().extracting(AxonMongoStorageContract::payloadOf).isEqualTo(snapshot);
        assertThat(trackedAfter(engine, reached)).extracting(AxonMongoStorageContract::payloadOf).containsExactly(received);
        assertThat(tokenStore.fetchToken(PROCESSOR, 0)).isEqualTo(reached);
        assertThat(sagaStore.loadSaga(UdhaarReminders.class, "saga-1").saga()).isEqualTo(saga);
        assertThat(sagaStore.findSagas(UdhaarReminders.class, customer)).containsExactly("saga-1");
    }

    @Test
    void the_unique_aggregate_sequence_index_still_guards_appends_after_a_restart() {
        String item = newId();
        engine.appendEvents(event(item, 0, new ItemRegistered("tenant-1", item, "Jaggery", 9_000), 0));

        restart();

        assertThatThrownBy(() -> engine.appendEvents(
                        event(item, 0, new ItemRegistered("tenant-1", item, "Jaggery again", 1), 1)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(history(engine, item)).hasSize(1);
    }
}
