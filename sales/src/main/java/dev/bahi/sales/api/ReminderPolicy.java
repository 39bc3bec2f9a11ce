package dev.bahi.sales.api;

import java.time.Instant;

/**
 * A shop's automatic udhaar reminders: when {@code enabled}, every customer whose oldest unpaid bill is at least
 * {@code minBalanceAgeDays} old is reminded every {@code everyDays} days, once the shop's clock passes
 * {@code localTime} (HH:mm, the shop's time zone). {@code changedAt} is null while the defaults apply.
 */
public record ReminderPolicy(String tenantId, boolean enabled, int everyDays, int minBalanceAgeDays,
                             String localTime, Instant changedAt) {
    public static final int DEFAULT_EVERY_DAYS = 7;
    public static final int DEFAULT_MIN_BALANCE_AGE_DAYS = 30;
    public static final String DEFAULT_LOCAL_TIME = "10:00";

    /** Off, weekly after 30 days, at 10:00: what a shop has until its owner changes it. */
    public static ReminderPolicy defaults(String tenantId) {
        return new ReminderPolicy(tenantId, false, DEFAULT_EVERY_DAYS, DEFAULT_MIN_BALANCE_AGE_DAYS,
                DEFAULT_LOCAL_TIME, null);
    }
}
