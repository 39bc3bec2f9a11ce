package dev.bahi.platform.runtime.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * Projections added to a store with history: a replayable one handles the whole history from a plain token (never
 * Axon's replay token), one whose handlers all refuse replays starts at the head and handles only what comes after;
 * in both processor modes, on Axon's Mongo token store.
 */
class ReplayFreeInitialTokensTest {
    static final int HISTORY = 60;
    static final Duration WAIT = Duration.ofSeconds(30);

    record Happened(int n) {
    }

    @ProcessingGroup("test.projection")
    static class Projection {
        final List<Integer> seen = new CopyOnWriteArrayList<>();
        final List<ReplayStatus> statuses = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Happened e, ReplayStatus status) {
            seen.add(e.n());
            statuses.add(status);
        }
    }

    @ProcessingGroup("test.sends-messages")
    static class SendsMessages {
        final List<Integer> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        @DisallowReplay
        void on(Happened e) {
            seen.add(e.n());
        }
    }

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("axon_tokens_test");

    final Projection projection = new Projection();
    final SendsMessages sender = new SendsMessages();
    Configuration axon;
    TokenStore tokens;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void tracking_processors_start_from_plain_tokens() {
        start(new MockEnvironment());
        assertNewProcessorsStartedWithoutReplay();
    }

    @Test
    void pooled_processors_start_from_plain_tokens() {
        start(new MockEnvironment().withProperty("bahi.axon.processors.mode", "pooled")
                .withProperty("bahi.axon.processors.segments", "2"));
        assertNewProcessorsStartedWithoutReplay();
    }

    private void assertNewProcessorsStartedWithoutReplay() {
        await().atMost(WAIT).until(() -> projection.seen.size() >= HISTORY);
        assertThat(projection.seen).as("the projection handled the whole history").hasSize(HISTORY);
        assertThat(projection.statuses).as("as regular events, from a plain token: no replay token")
                .containsOnly(ReplayStatus.REGULAR);
        assertThat(processor("test.projection").isReplaying()).isFalse();
        assertThat(storedTokens("test.projection")).noneMatch(ReplayToken.class::isInstance);

        axon.eventBus().publish(GenericEventMessage.asEventMessage(new Happened(HISTORY)));
        await().atMost(WAIT).until(() -> sender.seen.contains(HISTORY) && projection.seen.size() > HISTORY);
        assertThat(sender.seen).as("history is not sent again; what comes after is").containsExactly(HISTORY);
        assertThat(storedTokens("test.sends-messages")).noneMatch(ReplayToken.class::isInstance);
    }

    @Test
    void only_a_replay_token_is_replaced_and_only_for_a_known_processor() {
        TokenStore store = mongo.axonTokenStore();
        TokenStore decorated = new ReplayFreeInitialTokens(store, name -> switch (name) {
            case "replayable" -> Optional.of(true);
            case "refuses-replays" -> Optional.of(false);
            default -> Optional.empty();
        });
        TrackingToken head = new org.axonframework.eventhandling.GlobalSequenceTrackingToken(59);
        TrackingToken from = new org.axonframework.eventhandling.GlobalSequenceTrackingToken(9);
        TrackingToken replay = ReplayToken.createReplayToken(head, from);

        decorated.initializeTokenSegments("replayable", 1, replay);
        decorated.initializeTokenSegments("refuses-replays", 1, replay);
        decorated.initializeTokenSegments("unknown", 1, replay);
        decorated.initializeTokenSegments("own-choice", 1, from);

        assertThat(store.fetchToken("replayable", 0)).isEqualTo(from);
        assertThat(store.fetchToken("refuses-replays", 0)).isEqualTo(head);
        assertThat(store.fetchToken("unknown", 0)).isEqualTo(replay);
        assertThat(store.fetchToken("own-choice", 0)).isEqualTo(from);
    }

    private StreamingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private List<TrackingToken> storedTokens(String name) {
        int[] segments = tokens.fetchSegments(name);
        assertThat(segments).isNotEmpty();
        return java.util.Arrays.stream(segments).mapToObj(segment -> {
            TrackingToken token = tokens.fetchToken(name, segment);
            tokens.releaseClaim(name, segment);
            return token;
        }).toList();
    }

    /** Stores {@link #HISTORY} events, then starts two new processors on them with the platform's token store. */
    private void start(MockEnvironment environment) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        for (int i = 0; i < HISTORY; i++) {
            storage.appendEvents(GenericEventMessage.asEventMessage(new Happened(i)));
        }
        AtomicReference<Configuration> started = new AtomicReference<>();
        tokens = new ReplayFreeInitialTokens(mongo.axonTokenStore(),
                name -> Optional.ofNullable(started.get()).flatMap(c -> c.eventProcessingConfiguration()
                        .eventProcessor(name, StreamingEventProcessor.class)).map(StreamingEventProcessor::supportsReset));
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> storage);
        configurer.registerComponent(TokenStore.class, c -> tokens);
        ProcessorModeConfiguration.configure(configurer, ProcessorModeConfiguration.Settings.from(environment));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection)
                .registerEventHandler(c -> sender));
        axon = configurer.buildConfiguration();
        started.set(axon);
        axon.start();
    }
}
