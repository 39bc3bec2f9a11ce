package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.queryprojections.application.ProjectionAdminStatus.Kind;
import dev.bahi.queryprojections.application.ProjectionAdminStatus.Segment;
import dev.bahi.queryprojections.application.port.in.ProjectionAdminUseCase;
import dev.bahi.queryprojections.application.port.out.ProjectionAdminEventPositions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every event processor's state from Axon's {@link EventProcessingConfiguration} and rebuilds a streaming
 * projection: shut it down, reset its tokens to the tail of the event store (its {@code @ResetHandler}s clear its read
 * model), start it again. The rebuild runs on {@code background} while the rest of the platform keeps serving; read
 * sides that must not answer from a half-built read model check {@link ProjectionStatus#requireCurrent}.
 *
 * <p>Subscribing processors keep no token and cannot be replayed; streaming ones whose handlers refuse replays
 * ({@code @DisallowReplay}: they send commands or messages) answer {@code supportsReset() == false} and are refused.
 */
public final class ProjectionAdminService implements ProjectionAdminUseCase {
    private static final Logger log = LoggerFactory.getLogger(ProjectionAdminService.class);
    static final String SUBSCRIBING_REASON = "a subscribing processor handles events in the unit of work that "
            + "published them and keeps no token, so there is no stream to replay; its lookups are kept current by "
            + "the events as they happen and survive restarts (ADR 5)";
    static final String DISALLOWS_REPLAY_REASON = "its handlers refuse replays (@DisallowReplay): they send commands "
            + "or messages that must happen once, so replaying them would repeat side effects";
    /** How long the background rebuild waits for the restarted processor to claim its segments. */
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final ProjectionAdminEventPositions positions;
    private final ProjectionStatus projections;
    private final Executor background;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> resetPositions = new ConcurrentHashMap<>();

    public ProjectionAdminService(EventProcessingConfiguration processing, ProjectionAdminEventPositions positions,
                                  ProjectionStatus projections, Executor background) {
        this.processing = processing;
        this.positions = positions;
        this.projections = projections;
        this.background = background;
    }

    @Override
    public ProjectionAdminOverview overview() {
        Long head = boxed(positions.head());
        List<ProjectionAdminStatus> all = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            all.add(status(processor, head));
        }
        all.sort(Comparator.comparing(ProjectionAdminStatus::name));
        return new ProjectionAdminOverview(head, all);
    }

    @Override
    public ProjectionAdminStatus rebuild(String name) {
        EventProcessor processor = processing.eventProcessor(name)
                .orElseThrow(() -> new NotFound("PROJECTION_NOT_FOUND", "there is no event processor " + name));
        String refusal = whyNotRebuildable(processor);
        if (refusal != null) {
            throw new StateConflict("PROJECTION_NOT_REBUILDABLE", name + " cannot be rebuilt: " + refusal);
        }
        StreamingEventProcessor streaming = (StreamingEventProcessor) processor;
        if (projections.rebuilding(name) || !requested.add(name)) {
            throw new StateConflict("PROJECTION_ALREADY_REBUILDING", name + " is already being rebuilt");
        }
        failures.remove(name);
        projections.rebuildStarted(name);
        try {
            background.execute(() -> restartFromTail(name, streaming));
        } catch (RejectedExecutionException e) {
            requested.remove(name);
            projections.rebuildRestarted(name); // nothing was reset: over as soon as it counts as caught up
            throw new StateConflict("PROJECTION_ALREADY_REBUILDING", "the platform is shutting down");
        }
        return status(processor, boxed(positions.head()));
    }

    private void restartFromTail(String name, StreamingEventProcessor processor) {
        long started = System.nanoTime();
        try {
            log.info("Rebuilding projection {}: shutting it down", name);
            processor.shutDown();
            Long head = boxed(positions.head());
            if (head != null) {
                resetPositions.put(name, head);
            }
            TrackingToken[] tail = new TrackingToken[1];
            processor.resetTokens(source -> tail[0] = source.createTailToken());
            withoutReplayMarker(name, tail[0]);
            processor.start();
            awaitClaimed(processor);
            projections.rebuildRestarted(name);
            log.info("Projection {} replays the event store from its start (restarted in {} ms)", name,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Rebuilding projection {} failed to start", name, e);
            failures.put(name, String.valueOf(e.getMessage()));
            if (!processor.isRunning()) {
                processor.start();
            }
            projections.rebuildRestarted(name);
        } finally {
            requested.remove(name);
        }
    }

    /**
     * {@code resetTokens} has run the processor's {@code @ResetHandler}s (the read model is empty) and stored a
     * {@link ReplayToken} per segment; this puts the plain tail token in its place, so the processor rebuilds as a new
     * projection would. With Mongo tracking tokens Axon 4.13 cannot tell a replayed event from a new one
     * (AxonFramework#4453): the replay token merges every replayed event's id into its reset token and stores that
     * growing map after each event, so a rebuild slowed down with every event it handled. Nothing is lost: none of
     * the rebuildable processors asks whether it is replaying (those that must not replay are refused above), and
     * {@link ProjectionStatus} keeps reads refused until the processor has caught up.
     */
    private void withoutReplayMarker(String name, TrackingToken tail) {
        TokenStore tokens = processing.tokenStore(name);
        for (int segment : tokens.fetchSegments(name)) {
            tokens.storeToken(tail, name, segment);
        }
    }

    /** Until the workers have claimed their segments, the processor says neither "replaying" nor "caught up". */
    private static void awaitClaimed(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        while (processor.processingStatus().isEmpty() && processor.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Null when {@code processor} may be rebuilt, else why not. */
    static String whyNotRebuildable(EventProcessor processor) {
        if (processor instanceof StreamingEventProcessor streaming) {
            return streaming.supportsReset() ? null : DISALLOWS_REPLAY_REASON;
        }
        if (processor instanceof SubscribingEventProcessor) {
            return SUBSCRIBING_REASON;
        }
        return "only streaming (tracking or pooled) processors keep a token that can be reset";
    }

    private ProjectionAdminStatus status(EventProcessor processor, Long head) {
        String name = processor.getName();
        String refusal = whyNotRebuildable(processor);
        Kind kind = kind(processor);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionAdminStatus(name, kind, processor.isRunning(), false, processor.isError(), null,
                    false, refusal, false, null, null, null, null, List.of());
        }
        List<Segment> segments = new ArrayList<>();
        boolean replaying = projections.rebuilding(name);
        streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .forEach(s -> segments.add(segment(name, s, head, replaying)));
        Long position = leastKnown(segments);
        String errorMessage = segments.stream().map(Segment::errorMessage).filter(m -> m != null).findFirst()
                .orElse(null);
        boolean error = processor.isError() || segments.stream().anyMatch(Segment::error);
        return new ProjectionAdminStatus(name, kind, processor.isRunning(), replaying, error, errorMessage,
                refusal == null, refusal, requested.contains(name), failures.get(name), position, lag(head, position),
                replaying ? percent(streaming, segments) : null, segments);
    }

    /** {@code rebuilding}: a rebuild of this processor has not caught up (its tokens carry no replay marker). */
    private Segment segment(String name, EventTrackerStatus status, Long head, boolean rebuilding) {
        TrackingToken token = status.getTrackingToken();
        Long position = status.getCurrentPosition().isPresent() ? Long.valueOf(status.getCurrentPosition().getAsLong())
                : position(token instanceof ReplayToken replay ? replay.getCurrentToken() : token);
        boolean replaying = status.isReplaying() || (rebuilding && !status.isCaughtUp());
        Long resetPosition = null;
        if (replaying) {
            if (status.getResetPosition().isPresent()) {
                resetPosition = status.getResetPosition().getAsLong();
            } else if (token instanceof ReplayToken replay) {
                resetPosition = position(replay.getTokenAtReset());
            } else {
                // Tokens without a global index (Mongo), or no replay token: where the processor stood when this
                // service reset it.
                resetPosition = resetPositions.get(name);
            }
        }
        Integer percent = replaying ? percent(position, resetPosition) : null;
        Throwable error = status.getError();
        return new Segment(status.getSegment().getSegmentId(), status.isCaughtUp(), replaying,
                status.isErrorState(), error == null ? null : error.getClass().getSimpleName() + ": " + error.getMessage(),
                position, resetPosition, lag(head, position), percent);
    }

    /** The token's own global index where it has one, else what the event store counts. */
    private Long position(TrackingToken token) {
        if (token == null) {
            return 0L;
        }
        OptionalLong own = token.position();
        return own.isPresent() ? Long.valueOf(own.getAsLong()) : boxed(positions.positionOf(token));
    }

    /** {@link ProjectionStatus#percent} where the tokens carry positions, else the least advanced segment's count. */
    private static Integer percent(StreamingEventProcessor processor, List<Segment> segments) {
        Integer percent = processor instanceof TrackingEventProcessor tracking ? ProjectionStatus.percent(tracking) : null;
        if (percent != null) {
            return percent;
        }
        return segments.stream().filter(Segment::replaying).map(Segment::percent).filter(p -> p != null)
                .min(Integer::compare).orElse(null);
    }

    static Integer percent(Long position, Long resetPosition) {
        if (position == null || resetPosition == null || resetPosition <= 0) {
            return null;
        }
        return (int) Math.min(99, Math.max(0, position * 100 / resetPosition));
    }

    private static Kind kind(EventProcessor processor) {
        if (processor instanceof TrackingEventProcessor) {
            return Kind.TRACKING;
        }
        if (processor instanceof PooledStreamingEventProcessor) {
            return Kind.POOLED;
        }
        if (processor instanceof SubscribingEventProcessor) {
            return Kind.SUBSCRIBING;
        }
        return Kind.OTHER;
    }

    private static Long lag(Long head, Long position) {
        return head == null || position == null ? null : Math.max(0, head - position);
    }

    /** The least advanced segment's position; unknown when any segment's is. */
    private static Long leastKnown(List<Segment> segments) {
        Long least = null;
        for (Segment segment : segments) {
            if (segment.position() == null) {
                return null;
            }
            least = least == null ? segment.position() : Math.min(least, segment.position());
        }
        return least;
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? Long.valueOf(value.getAsLong()) : null;
    }
}
