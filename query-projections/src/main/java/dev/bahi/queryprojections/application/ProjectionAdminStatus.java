package dev.bahi.queryprojections.application;

import java.util.List;

/**
 * One event processor as an operator sees it: what kind it is, whether it runs, replays or failed, how far each
 * segment has come against the head of the event store, and whether it may be rebuilt (and why not).
 *
 * @param position the least advanced segment's position (events passed), null when unknown or not tracking
 * @param lag head position less {@code position}
 * @param percent how far a rebuild has come, 0 to 99, while replaying and when the store says
 * @param rebuildRequested a rebuild was asked for and is being started in the background (shut down, reset)
 * @param lastRebuildFailure why the last rebuild could not start, if it could not
 */
public record ProjectionAdminStatus(String name, Kind kind, boolean running, boolean replaying, boolean error,
                                    String errorMessage, boolean rebuildable, String notRebuildableReason,
                                    boolean rebuildRequested, String lastRebuildFailure, Long position, Long lag,
                                    Integer percent, List<Segment> segments) {

    /** How the processor gets its events. */
    public enum Kind {
        /** Tracking: pulls from the event store with a token, replayable. */
        TRACKING,
        /** Pooled streaming: pulls with a token, like tracking, with a pool of workers. */
        POOLED,
        /** Subscribing: handles events in the unit of work that published them; keeps no token. */
        SUBSCRIBING,
        /** Another kind of processor. */
        OTHER
    }

    /**
     * One segment of a streaming processor.
     *
     * @param position events passed (the token's global index where it has one, else counted in the store)
     * @param resetPosition while replaying: the position the replay runs up to
     */
    public record Segment(int segmentId, boolean caughtUp, boolean replaying, boolean error, String errorMessage,
                          Long position, Long resetPosition, Long lag, Integer percent) {
    }

    public ProjectionAdminStatus {
        segments = List.copyOf(segments);
    }
}
