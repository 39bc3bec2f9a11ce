package dev.bahi.platform.runtime.axon;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Whether a projection is being rebuilt (its tracking or pooled streaming processor replays). Read sides that must not show partial
 * numbers, reports above all, call {@link #requireCurrent} before they answer.
 */
public final class ProjectionStatus {
    private final EventProcessingConfiguration processing;
    /** Processing groups being rebuilt: false until their processor has been restarted from the tail, then true. */
    private final Map<String, Boolean> rebuilding = new ConcurrentHashMap<>();

    public ProjectionStatus(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * A rebuild of {@code processingGroup} starts now: from here until {@link #rebuildRestarted} and then until its
     * processor has caught up with the head of the event stream again, reads refuse. Axon's "replaying" is not
     * needed for this: a rebuild restarts from a plain tail token, whose events arrive unmarked.
     */
    public void rebuildStarted(String processingGroup) {
        rebuilding.put(processingGroup, false);
    }

    /**
     * The processor of {@code processingGroup} runs again from the tail: from now on, the rebuild ends when it has
     * caught up. (Before this, the processor may still be the old one, caught up, about to be shut down.)
     */
    public void rebuildRestarted(String processingGroup) {
        rebuilding.replace(processingGroup, true);
    }

    /** @throws ProjectionRebuilding while {@code processingGroup} replays or a rebuild of it has not caught up */
    public void requireCurrent(String processingGroup) {
        if (rebuilding(processingGroup)) {
            throw new ProjectionRebuilding(processingGroup, processing.eventProcessor(processingGroup,
                    StreamingEventProcessor.class).map(ProjectionStatus::percent).orElse(null));
        }
    }

    /** Whether {@code processingGroup} is being rebuilt: asked to, or replaying, and not caught up yet. */
    public boolean rebuilding(String processingGroup) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessor(processingGroup, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        boolean caughtUp = caughtUp(processor.get());
        Boolean restarted = rebuilding.get(processingGroup);
        if (restarted != null) {
            if (!restarted || !caughtUp) {
                return true;
            }
            rebuilding.remove(processingGroup, true);
        }
        return processor.get().isReplaying() && !caughtUp;
    }

    /**
     * Whether every segment of the processor has reached the head of the event stream, without error. A replay that
     * has reached the head keeps saying "replaying" until a newer event comes along: this is what counts.
     */
    public static boolean caughtUp(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
    }

    /** How far a replaying processor has come: the least advanced segment, against the position it replays to. */
    public static Integer percent(StreamingEventProcessor processor) {
        Integer least = null;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            if (!status.isReplaying()) {
                continue;
            }
            var current = status.getCurrentPosition();
            var end = status.getResetPosition();
            if (current.isEmpty() || end.isEmpty() || end.getAsLong() <= 0) {
                continue;
            }
            int percent = (int) Math.min(99, Math.max(0, current.getAsLong() * 100 / end.getAsLong()));
            least = least == null ? percent : Math.min(least, percent);
        }
        return least;
    }
}
