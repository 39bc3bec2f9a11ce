package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.ReminderPolicy;

/** Reading and changing a shop's automatic udhaar reminder policy. */
public interface ReminderPolicyUseCase {
    /** The policy, or the defaults (off, every 7 days after 30, at 10:00) when never changed. */
    ReminderPolicy policy(String tenantId);

    /** Changes the fields given (null keeps one). */
    ReminderPolicy change(String tenantId, ReminderPolicyInput changes);

    /** A change as a client sends it; {@code localTime} HH:mm. */
    record ReminderPolicyInput(Boolean enabled, Integer everyDays, Integer minBalanceAgeDays, String localTime) {
    }
}
