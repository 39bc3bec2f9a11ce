package dev.bahi.platform.runtime.axon;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;

/**
 * The token store, except that a new streaming processor does not start with Axon's initial {@link ReplayToken}.
 * <p>
 * A processor without tokens starts by default with a replay token from the start of the store up to its head. With
 * Mongo tracking tokens Axon 4.13 merges every replayed event's id into that token and stores the growing token after
 * each batch (AxonFramework#4453, ADR 11), so a projection added to a store with a long history would slow down the
 * further it got. Instead a new processor starts with a plain token:
 * <ul>
 * <li>a processor with handlers that allow replays (every rebuildable projection): from the start of the store, as a
 * rebuild does (ADR 11; none of them asks whether it replays);</li>
 * <li>a processor whose handlers all refuse replays ({@code @DisallowReplay}: they send commands or messages): at the
 * head, which is what the replay token amounted to for it, since it would have skipped every event up to there.</li>
 * </ul>
 * Processors that choose their own initial token (a plain one) keep it; everything else is passed on unchanged.
 */
public final class ReplayFreeInitialTokens implements TokenStore {
    private final TokenStore delegate;
    private final Function<String, Optional<Boolean>> allowsReplay;

    /** {@code allowsReplay}: whether a processor has handlers that allow replays; empty when it is not known. */
    public ReplayFreeInitialTokens(TokenStore delegate, Function<String, Optional<Boolean>> allowsReplay) {
        this.delegate = delegate;
        this.allowsReplay = allowsReplay;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount,
                                        TrackingToken initialToken) throws UnableToClaimTokenException {
        TrackingToken token = initialToken;
        if (initialToken instanceof ReplayToken replay) {
            Optional<Boolean> replayable = allowsReplay.apply(processorName);
            if (replayable.isPresent()) {
                token = replayable.get() ? replay.getCurrentToken() : replay.getTokenAtReset();
            }
        }
        delegate.initializeTokenSegments(processorName, segmentCount, token);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment)
            throws UnableToClaimTokenException {
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment)
            throws UnableToClaimTokenException {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment)
            throws UnableToInitializeTokenException {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
