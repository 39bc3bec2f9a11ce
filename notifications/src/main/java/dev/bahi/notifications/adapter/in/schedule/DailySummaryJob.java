package dev.bahi.notifications.adapter.in.schedule;

import dev.bahi.notifications.application.DailySummaries;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks every {@code bahi.notifications.daily-summary.scan-interval} (default {@code PT1M}) for shops whose
 * summary time has passed, unless {@code bahi.notifications.daily-summary.scan-enabled} is false.
 */
public class DailySummaryJob {
    public static final String INTERVAL = "${bahi.notifications.daily-summary.scan-interval:PT1M}";
    private static final Logger LOG = LoggerFactory.getLogger(DailySummaryJob.class);

    private final DailySummaries summaries;
    private final boolean enabled;

    public DailySummaryJob(DailySummaries summaries, boolean enabled) {
        this.summaries = summaries;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    public void run() {
        if (!enabled) {
            return;
        }
        try {
            summaries.sendDue();
        } catch (RuntimeException e) {
            LOG.warn("daily summary round failed: {}", e.toString());
        }
    }

    /** One round as if it were {@code now}, whether or not the schedule is on; answers the summaries asked for. */
    public List<String> runAt(Instant now) {
        return summaries.sendDue(now);
    }
}
