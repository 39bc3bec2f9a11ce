package dev.bahi.notifications.api;

/**
 * The shop's quiet hours, local times {@code HH:mm}: automatic messages (reminders, low-stock alerts) asked for
 * inside them wait until {@code end}. {@code start} after {@code end} spans midnight (21:00 to 08:00).
 */
public record QuietHours(String start, String end) {
}
