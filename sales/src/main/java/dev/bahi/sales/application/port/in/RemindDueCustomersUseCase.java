package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.ReminderView;
import java.time.Instant;
import java.util.List;

/** The automatic half of udhaar reminders: what a scheduler runs every few minutes. */
public interface RemindDueCustomersUseCase {
    /**
     * At {@code now}, for each shop whose policy is on and whose reminder time has passed today (its time zone)
     * and which was not scanned yet today, requests a reminder for every customer the policy finds due. Answers
     * the reminders requested.
     */
    List<ReminderView> remindDue(Instant now);
}
