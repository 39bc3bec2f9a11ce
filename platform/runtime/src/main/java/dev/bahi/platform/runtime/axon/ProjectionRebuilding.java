package dev.bahi.platform.runtime.axon;

/**
 * A read model is being rebuilt from the event store, so its answers would be partial. Answered as 503 with code
 * {@code PROJECTION_REBUILDING}, the processing group, how far the rebuild has come and a {@code Retry-After}.
 */
public class ProjectionRebuilding extends RuntimeException {
    private final String processingGroup;
    private final Integer percent;

    public ProjectionRebuilding(String processingGroup, Integer percent) {
        super("the read model behind this answer (" + processingGroup + ") is being rebuilt"
                + (percent == null ? "" : ", " + percent + "% done") + "; ask again shortly");
        this.processingGroup = processingGroup;
        this.percent = percent;
    }

    public String processingGroup() {
        return processingGroup;
    }

    /** How far the replay has come, 0 to 100, when the event store says. */
    public Integer percent() {
        return percent;
    }
}
