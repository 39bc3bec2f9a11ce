package dev.bahi.notifications.adapter.in.schedule;

import dev.bahi.notifications.application.NotificationDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due messages every {@code bahi.notifications.dispatch.interval} (ISO-8601, default {@code PT1S}) unless
 * {@code bahi.notifications.dispatch.enabled} is false. Every instance may run it: each attempt is claimed on the
 * message before it is sent.
 */
public class DispatchJob {
    public static final String INTERVAL = "${bahi.notifications.dispatch.interval:PT1S}";
    private static final Logger LOG = LoggerFactory.getLogger(DispatchJob.class);

    private final NotificationDispatcher dispatcher;
    private final boolean enabled;

    public DispatchJob(NotificationDispatcher dispatcher, boolean enabled) {
        this.dispatcher = dispatcher;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    public void run() {
        if (!enabled) {
            return;
        }
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // The next round tries again; nothing was claimed that is not recorded or taken over later.
            LOG.warn("notification dispatch round failed: {}", e.toString());
        }
    }
}
