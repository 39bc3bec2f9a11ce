package dev.bahi.sales.application;

import dev.bahi.sales.api.ReminderRequested;
import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.application.port.out.ReminderReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps every reminder requested, from which each customer's last reminder date (the automatic cadence) is read.
 * Reminders are keyed by their id, so handling one twice or replaying the stream gives the same read model.
 */
@ProcessingGroup(ReminderProjection.PROCESSING_GROUP)
public class ReminderProjection {
    public static final String PROCESSING_GROUP = "sales.reminders";

    private final ReminderReadModel reminders;

    public ReminderProjection(ReminderReadModel reminders) {
        this.reminders = reminders;
    }

    @EventHandler
    public void on(ReminderRequested event) {
        reminders.save(ReminderView.of(event));
    }

    @ResetHandler
    public void reset() {
        reminders.clear();
    }
}
