package dev.bahi.queryprojections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ProjectionRebuilding;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.application.ProjectionAdminStatus.Kind;
import dev.bahi.queryprojections.application.port.out.ProjectionAdminEventPositions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection administration against Axon's own configuration: an in-memory event store, a replayable tracking
 * projection, a tracking processor whose handlers refuse replays and a subscribing lookup.
 */
class ProjectionAdminServiceTest {
    static final String COUNTING = "test.counting";
    static final String TRIGGERS = "test.triggers";
    static final String LOOKUP = "test.lookup";
    static final int EVENTS = 25;

    record ThingHappened(int n) {
    }

    /**
     * A replayable read model: counts the events, cleared on reset; can be held while it rebuilds (after its reset:
     * a rebuild restarts from the tail with a plain token, so handlers are not told they replay).
     */
    @ProcessingGroup(COUNTING)
    static class CountingProjection {
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();
        volatile CountDownLatch holdReplay;
        final CountDownLatch replayHeld = new CountDownLatch(1);

        @EventHandler
        void on(ThingHappened e) throws InterruptedException {
            CountDownLatch hold = holdReplay;
            if (resets.get() > 0 && hold != null) {
                replayHeld.countDown();
                hold.await(10, TimeUnit.SECONDS);
            }
            count.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            resets.incrementAndGet();
            count.set(0);
        }
    }

    /** Side effects that must happen once. */
    @ProcessingGroup(TRIGGERS)
    static class Triggers {
        final AtomicInteger sent = new AtomicInteger();

        @EventHandler
        @DisallowReplay
        void on(ThingHappened e) {
            sent.incrementAndGet();
        }
    }

    @ProcessingGroup(LOOKUP)
    static class Lookup {
        final AtomicInteger seen = new AtomicInteger();

        @EventHandler
        void on(ThingHappened e) {
            seen.incrementAndGet();
        }
    }

    CountingProjection counting = new CountingProjection();
    Triggers triggers = new Triggers();
    Lookup lookup = new Lookup();
    Configuration axon;
    ExecutorService background = Executors.newSingleThreadExecutor();
    ProjectionAdminService admin;
    ProjectionStatus readers;
    int sentBefore;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(COUNTING)
                        .registerTrackingEventProcessor(TRIGGERS)
                        .registerSubscribingEventProcessor(LOOKUP)
                        .registerEventHandler(c -> counting)
                        .registerEventHandler(c -> triggers)
                        .registerEventHandler(c -> lookup))
                .start();
        // In-memory tokens carry their global index; the head is the store's newest index.
        ProjectionAdminEventPositions positions = new ProjectionAdminEventPositions() {
            @Override
            public OptionalLong head() {
                return axon.eventStore().createHeadToken().position();
            }

            @Override
            public OptionalLong positionOf(TrackingToken token) {
                return token.position();
            }
        };
        readers = new ProjectionStatus(axon.eventProcessingConfiguration());
        admin = new ProjectionAdminService(axon.eventProcessingConfiguration(), positions, readers, background);
        for (int i = 0; i < EVENTS; i++) {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(new ThingHappened(i)));
        }
        // Axon treats events stored before a processor first claimed its token as a replay, so the triggers may
        // have skipped the first few; what counts below is that a rebuild sends nothing more.
        await(() -> counting.count.get() == EVENTS && caughtUp(COUNTING) && caughtUp(TRIGGERS),
                () -> counting.count + " counted, " + admin.overview());
        sentBefore = triggers.sent.get();
    }

    @AfterEach
    void stop() {
        if (counting.holdReplay != null) {
            counting.holdReplay.countDown();
        }
        axon.shutdown();
        background.shutdownNow();
    }

    @Test
    void the_overview_names_every_processor_with_its_kind_position_and_whether_it_can_be_rebuilt() {
        ProjectionAdminOverview overview = admin.overview();

        assertThat(overview.headPosition()).isEqualTo(EVENTS - 1L);
        assertThat(overview.processors()).extracting(ProjectionAdminStatus::name)
                .containsExactly(COUNTING, LOOKUP, TRIGGERS);
        ProjectionAdminStatus projection = status(COUNTING);
        assertThat(projection.kind()).isEqualTo(Kind.TRACKING);
        assertThat(projection.running()).isTrue();
        assertThat(projection.replaying()).isFalse();
        assertThat(projection.error()).isFalse();
        assertThat(projection.rebuildable()).isTrue();
        assertThat(projection.position()).isEqualTo(EVENTS - 1L);
        assertThat(projection.lag()).isZero();
        assertThat(projection.percent()).isNull();
        assertThat(projection.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.caughtUp()).isTrue();
            assertThat(segment.position()).isEqualTo(EVENTS - 1L);
        });

        ProjectionAdminStatus sideEffects = status(TRIGGERS);
        assertThat(sideEffects.kind()).isEqualTo(Kind.TRACKING);
        assertThat(sideEffects.rebuildable()).isFalse();
        assertThat(sideEffects.notRebuildableReason()).contains("@DisallowReplay");

        ProjectionAdminStatus subscribing = status(LOOKUP);
        assertThat(subscribing.kind()).isEqualTo(Kind.SUBSCRIBING);
        assertThat(subscribing.rebuildable()).isFalse();
        assertThat(subscribing.notRebuildableReason()).contains("keeps no token");
        assertThat(subscribing.segments()).isEmpty();
        assertThat(subscribing.position()).isNull();
    }

    @Test
    void a_rebuild_clears_the_projection_replays_every_event_and_shows_its_progress_meanwhile() {
        counting.holdReplay = new CountDownLatch(1);

        ProjectionAdminStatus accepted = admin.rebuild(COUNTING);
        assertThat(accepted.name()).isEqualTo(COUNTING);
        assertThat(accepted.rebuildRequested() || accepted.replaying()).isTrue();

        await(() -> counting.replayHeld.getCount() == 0);
        assertThat(counting.resets).hasValue(1);
        ProjectionAdminStatus replaying = status(COUNTING);
        assertThat(replaying.replaying()).isTrue();
        assertThat(replaying.percent()).isBetween(0, 99);
        assertThat(replaying.segments()).as(replaying + " " + axon.eventProcessingConfiguration()
                .eventProcessor(COUNTING, org.axonframework.eventhandling.TrackingEventProcessor.class).orElseThrow()
                .processingStatus()).singleElement()
                .satisfies(segment -> assertThat(segment.resetPosition()).isEqualTo(EVENTS - 1L));
        assertThatThrownBy(() -> admin.rebuild(COUNTING)).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.code()).isEqualTo("PROJECTION_ALREADY_REBUILDING"));
        // the readers' view, shared with the admin service as in the application
        assertThatThrownBy(() -> readers.requireCurrent(COUNTING)).isInstanceOf(ProjectionRebuilding.class);

        counting.holdReplay.countDown();
        await(() -> !status(COUNTING).replaying() && !status(COUNTING).rebuildRequested() && caughtUp(COUNTING));
        assertThat(counting.count).hasValue(EVENTS);
        assertThat(status(COUNTING).lag()).isZero();
        readers.requireCurrent(COUNTING);
        // the processor that refuses replays saw nothing again
        assertThat(triggers.sent).hasValue(sentBefore);
    }

    @Test
    void processors_that_cannot_be_replayed_and_unknown_names_are_refused() {
        assertThatThrownBy(() -> admin.rebuild(TRIGGERS)).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.code()).isEqualTo("PROJECTION_NOT_REBUILDABLE"));
        assertThatThrownBy(() -> admin.rebuild(LOOKUP)).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.code()).isEqualTo("PROJECTION_NOT_REBUILDABLE"));
        assertThatThrownBy(() -> admin.rebuild("test.nothing")).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.code()).isEqualTo("PROJECTION_NOT_FOUND"));
        assertThat(status(TRIGGERS).running()).isTrue();
        assertThat(triggers.sent).hasValue(sentBefore);
        assertThat(lookup.seen).hasValue(EVENTS);
    }

    private ProjectionAdminStatus status(String name) {
        List<ProjectionAdminStatus> all = admin.overview().processors();
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean caughtUp(String name) {
        ProjectionAdminStatus status = status(name);
        return !status.segments().isEmpty() && status.segments().stream().allMatch(ProjectionAdminStatus.Segment::caughtUp)
                && status.lag() != null && status.lag() == 0;
    }

    private static void await(BooleanSupplier condition) {
        await(condition, () -> "");
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s " + state.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
