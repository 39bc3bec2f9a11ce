package dev.bahi.queryprojections.application.port.out;

import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where the event store stands and where a tracking token stands in it, as a count of events. A store with a global
 * index (JPA/JDBC) puts it in the token itself; Axon's Mongo tokens carry only a timestamp and the ids of recent
 * events, so their position is counted in the store.
 */
public interface ProjectionAdminEventPositions {
    /** The position of the newest event: how many events the store holds. Empty when the store cannot say. */
    OptionalLong head();

    /**
     * How many events {@code token} has passed (a plain token, not a replay token). Empty when the store cannot say;
     * a null token (nothing processed yet) is 0.
     */
    OptionalLong positionOf(TrackingToken token);
}
