package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.queryprojections.application.ProjectionAdminOverview;
import dev.bahi.queryprojections.application.ProjectionAdminStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Every event processor with its position against the head of the event store (positions count events). */
@Schema(description = "The event processors of the platform and how far each has come")
public record ProjectionAdminResponse(
        @Schema(description = "position of the newest event in the store", example = "10408") Long headPosition,
        List<Processor> processors) {

    /** One event processor. */
    public record Processor(
            @Schema(example = "query-projections.daily-summary") String name,
            @Schema(description = "TRACKING, POOLED, SUBSCRIBING or OTHER", example = "TRACKING") String kind,
            boolean running, boolean replaying,
            @Schema(description = "a segment failed and is being retried") boolean error,
            @Schema(example = "MongoTimeoutException: timed out") String errorMessage,
            @Schema(description = "a tracking processor whose handlers allow replays") boolean rebuildable,
            @Schema(example = "its handlers refuse replays (@DisallowReplay): ...") String notRebuildableReason,
            @Schema(description = "a rebuild was asked for and is being started") boolean rebuildRequested,
            String lastRebuildFailure,
            @Schema(description = "the least advanced segment's position", example = "10391") Long position,
            @Schema(description = "headPosition less position", example = "17") Long lag,
            @Schema(description = "how far a rebuild has come, 0-99, while replaying", example = "42") Integer percent,
            List<Segment> segments) {

        static Processor of(ProjectionAdminStatus s) {
            return new Processor(s.name(), s.kind().name(), s.running(), s.replaying(), s.error(), s.errorMessage(),
                    s.rebuildable(), s.notRebuildableReason(), s.rebuildRequested(), s.lastRebuildFailure(),
                    s.position(), s.lag(), s.percent(), s.segments().stream().map(Segment::of).toList());
        }
    }

    /** One segment of a tracking processor. */
    public record Segment(int segmentId, boolean caughtUp, boolean replaying, boolean error, String errorMessage,
                          @Schema(example = "10391") Long position,
                          @Schema(description = "while replaying: the position the replay runs up to") Long resetPosition,
                          Long lag, Integer percent) {
        static Segment of(ProjectionAdminStatus.Segment s) {
            return new Segment(s.segmentId(), s.caughtUp(), s.replaying(), s.error(), s.errorMessage(), s.position(),
                    s.resetPosition(), s.lag(), s.percent());
        }
    }

    static ProjectionAdminResponse of(ProjectionAdminOverview overview) {
        return new ProjectionAdminResponse(overview.headPosition(),
                overview.processors().stream().map(Processor::of).toList());
    }
}
