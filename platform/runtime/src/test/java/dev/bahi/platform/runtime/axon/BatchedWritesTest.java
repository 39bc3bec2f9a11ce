package dev.bahi.platform.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * A projection's writes held for a batch ({@link BatchedWrites}) are made after the batch's last event and before the
 * processor stores its token: a batch whose writes fail is handled again, so no event is left out; in both processor
 * modes, with the interceptor registered as the platform registers it.
 */
class BatchedWritesTest {
    static final String GROUP = "test.batched-writes";
    static final int STORED = 120;
    static final Duration WAIT = Duration.ofSeconds(30);

    record Happened(int n) {
    }

    /** Holds the numbers of a batch and "writes" them to {@link #written}; the first write fails once. */
    @ProcessingGroup(GROUP)
    static class Projection {
        final List<Integer> written = new CopyOnWriteArrayList<>();
        final List<Integer> flushSizes = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger(1);

        @EventHandler
        void on(Happened e) {
            BatchedWrites.write("numbers", ArrayList<Integer>::new, this::flush, batch -> batch.add(e.n()));
        }

        private void flush(List<Integer> batch) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the store is away");
            }
            flushSizes.add(batch.size());
            written.addAll(batch);
        }
    }

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("axon_test");

    Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void a_tracking_processor_writes_each_batch_once_and_handles_a_failed_batch_again() {
        Projection projection = new Projection();
        axon = started(new MockEnvironment(), projection);

        await("every stored event written, none lost to the failed batch").atMost(WAIT)
                .until(() -> projection.written.size() >= STORED);
        assertThat(projection.written).as("every event written once, none lost to the failed batch")
                .containsExactlyInAnyOrderElementsOf(numbers(STORED));
        assertThat(projection.flushSizes).as("one write per batch of 50")
                .allMatch(size -> size <= ProcessorModeConfiguration.DEFAULT_BATCH_SIZE).hasSizeLessThan(STORED / 10);

        // a live event is written on its own right away
        axon.eventBus().publish(GenericEventMessage.asEventMessage(new Happened(STORED)));
        await().atMost(WAIT).until(() -> projection.written.size() > STORED);
        assertThat(projection.written).hasSize(STORED + 1).contains(STORED);
    }

    @Test
    void a_pooled_processor_does_the_same() {
        Projection projection = new Projection();
        axon = started(new MockEnvironment().withProperty("bahi.axon.processors.mode", "pooled")
                .withProperty("bahi.axon.processors.segments", "2"), projection);

        await("every stored event written, none lost to the failed batch").atMost(WAIT)
                .until(() -> projection.written.size() >= STORED);
        assertThat(projection.written).containsExactlyInAnyOrderElementsOf(numbers(STORED));
        assertThat(projection.flushSizes).hasSizeLessThan(STORED / 10);
    }

    @Test
    void outside_a_unit_of_work_the_writes_are_made_at_once() {
        Projection projection = new Projection();
        projection.failuresLeft.set(0);

        projection.on(new Happened(7));

        assertThat(projection.written).containsExactly(7);
    }

    private static List<Integer> numbers(int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** Stores {@link #STORED} events, then starts the processor on them with the platform's interceptor. */
    private static Configuration started(MockEnvironment environment, Projection projection) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        for (int i = 0; i < STORED; i++) {
            storage.appendEvents(GenericEventMessage.asEventMessage(new Happened(i)));
        }
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> storage);
        TokenStore tokens = mongo.axonTokenStore();
        configurer.registerComponent(TokenStore.class, c -> tokens);
        ProcessorModeConfiguration.configure(configurer, ProcessorModeConfiguration.Settings.from(environment));
        new AxonMongoConfiguration().batchedWritesConfigurerModule().configureModule(configurer);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
        return configurer.start();
    }
}
