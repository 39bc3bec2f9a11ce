package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A shop's automatic reminder policy as it now stands ({@code localTime} HH:mm in the shop's time zone). */
public record ReminderPolicyChanged(String tenantId, boolean enabled, int everyDays, int minBalanceAgeDays,
                                    String localTime, Instant changedAt) implements TenantScoped {
}
