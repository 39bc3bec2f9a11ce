package dev.bahi.queryprojections.application.port.in;

import dev.bahi.queryprojections.application.ProjectionAdminOverview;
import dev.bahi.queryprojections.application.ProjectionAdminStatus;

/** The platform operator's view of the event processors, and rebuilding a projection from the event store. */
public interface ProjectionAdminUseCase {
    /** Every event processor, sorted by name. */
    ProjectionAdminOverview overview();

    /**
     * Starts rebuilding the projection {@code name} in the background (shut down, reset its tokens to the start of
     * the event store, start again) and answers its status at once.
     *
     * @throws dev.bahi.platform.kernel.NotFound PROJECTION_NOT_FOUND for an unknown processor
     * @throws dev.bahi.platform.kernel.StateConflict PROJECTION_NOT_REBUILDABLE (subscribing, or its handlers refuse
     *         replays) or PROJECTION_ALREADY_REBUILDING
     */
    ProjectionAdminStatus rebuild(String name);
}
