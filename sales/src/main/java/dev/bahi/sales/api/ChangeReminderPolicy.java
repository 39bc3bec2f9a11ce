package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a shop's automatic reminder policy; a null field keeps what the policy says now (the defaults for a
 * shop that never set one). Answers the {@link ReminderPolicy} after the change.
 */
public record ChangeReminderPolicy(@TargetAggregateIdentifier String policyId, String tenantId, Boolean enabled,
                                   Integer everyDays, Integer minBalanceAgeDays, String localTime)
        implements TenantScoped {
    /** The policy aggregate of a shop: one per tenant, named after it. */
    public static String policyIdOf(String tenantId) {
        return "reminder-policy:" + tenantId;
    }
}
