package dev.bahi.sales.adapter.in.schedule;

import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.application.port.in.RemindDueCustomersUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the shops' automatic udhaar reminders every {@code bahi.udhaar.reminders.scan-interval} (an ISO-8601
 * duration, default {@code PT5M}; the first run waits one interval after start-up) unless
 * {@code bahi.udhaar.reminders.scan-enabled} is false. Every instance may run it: each shop is scanned once per
 * business date and each khata refuses a second reminder on one date. The reminders are only requested; the
 * notifications context sends them.
 */
public class AutomaticReminderJob {
    public static final String INTERVAL = "${bahi.udhaar.reminders.scan-interval:PT5M}";

    private final RemindDueCustomersUseCase reminders;
    private final Clock clock;
    private final boolean enabled;

    public AutomaticReminderJob(RemindDueCustomersUseCase reminders, Clock clock, boolean enabled) {
        this.reminders = reminders;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    public void run() {
        if (enabled) {
            scanAt(clock.instant());
        }
    }

    /** One scan as if it were {@code now}, whether or not the schedule is on; answers the reminders requested. */
    public List<ReminderView> scanAt(Instant now) {
        return reminders.remindDue(now);
    }
}
