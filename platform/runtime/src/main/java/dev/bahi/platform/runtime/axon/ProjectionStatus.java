package dev.bahi.platform.runtime.axon;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * Whether a projection is being rebuilt (its tracking processor replays). Read sides that must not show partial
 * numbers, reports above all, call {@link #requireCurrent} before they answer.
 */
public final class ProjectionStatus {
    private final EventProcessingConfiguration processing;

    public ProjectionStatus(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** @throws ProjectionRebuilding while {@code processingGroup} replays */
    public void requireCurrent(String processingGroup) {
        Optional<TrackingEventProcessor> processor =
                processing.eventProcessor(processingGroup, TrackingEventProcessor.class);
        if (processor.isPresent() && processor.get().isReplaying()) {
            throw new ProjectionRebuilding(processingGroup, percent(processor.get()));
        }
    }

    /** How far a replaying processor has come: the least advanced segment, against the position it replays to. */
    public static Integer percent(TrackingEventProcessor processor) {
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
