package dev.bahi.platform.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code bahi.axon.processors.batch-size}: a processor catching up handles that many stored events per unit of work
 * (one token update), in both modes; live single events are not held back.
 */
class ProcessorBatchSizeTest {
    static final String GROUP = "test.batches";
    static final int STORED = 120;
    static final Duration WAIT = Duration.ofSeconds(20);

    record Happened(int n) {
    }

    @ProcessingGroup(GROUP)
    static class Recorder {
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        final List<Integer> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Happened e) {
            seen.add(e.n());
            if (CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
                batchSizes.add(batch.getMessages().size());
            }
        }
    }

    Configuration axon;
    final Recorder recorder = new Recorder();

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void tracking_processors_catch_up_in_batches_of_the_configured_size() {
        start(new MockEnvironment());

        await().atMost(WAIT).until(() -> recorder.seen.size() >= STORED);
        assertThat(recorder.seen).hasSize(STORED).doesNotHaveDuplicates();
        assertThat(recorder.batchSizes).contains(ProcessorModeConfiguration.DEFAULT_BATCH_SIZE)
                .allMatch(size -> size <= ProcessorModeConfiguration.DEFAULT_BATCH_SIZE);

        // a live event is handled on its own, not held back to fill a batch
        axon.eventBus().publish(GenericEventMessage.asEventMessage(new Happened(STORED)));
        await().atMost(WAIT).until(() -> recorder.seen.size() >= STORED + 1);
        assertThat(recorder.batchSizes.get(recorder.batchSizes.size() - 1)).isEqualTo(1);
    }

    @Test
    void the_batch_size_is_a_setting_in_both_modes() {
        start(new MockEnvironment().withProperty("bahi.axon.processors.batch-size", "7"));
        await().atMost(WAIT).until(() -> recorder.seen.size() >= STORED);
        assertThat(recorder.batchSizes).contains(7).allMatch(size -> size <= 7);
        axon.shutdown();

        Recorder pooled = new Recorder();
        axon = started(new MockEnvironment().withProperty("bahi.axon.processors.mode", "pooled")
                .withProperty("bahi.axon.processors.segments", "1")
                .withProperty("bahi.axon.processors.batch-size", "7"), pooled);
        await().atMost(WAIT).until(() -> pooled.seen.size() >= STORED);
        assertThat(pooled.seen).hasSize(STORED);
        assertThat(pooled.batchSizes).contains(7).allMatch(size -> size <= 7);
    }

    @Test
    void a_batch_size_below_one_is_refused_at_start() {
        MockEnvironment environment = new MockEnvironment().withProperty("bahi.axon.processors.batch-size", "0");
        assertThatThrownBy(() -> ProcessorModeConfiguration.Settings.from(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("batch-size");
    }

    private void start(MockEnvironment environment) {
        axon = started(environment, recorder);
    }

    /** Stores {@link #STORED} events first, then starts the processor on them (it has no token: it catches up). */
    private static Configuration started(MockEnvironment environment, Recorder recorder) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        for (int i = 0; i < STORED; i++) {
            storage.appendEvents(GenericEventMessage.asEventMessage(new Happened(i)));
        }
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> storage);
        ProcessorModeConfiguration.configure(configurer, ProcessorModeConfiguration.Settings.from(environment));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> recorder));
        return configurer.start();
    }
}
