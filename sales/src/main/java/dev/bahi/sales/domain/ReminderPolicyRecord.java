package dev.bahi.sales.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.ChangeReminderPolicy;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderPolicyChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A shop's automatic udhaar reminder policy, one per shop, created on its first change; every change is on record.
 * A change names only what it changes: the rest is merged here, against the policy as it stands, so that two
 * owners changing different fields at once lose nothing.
 */
@Aggregate
public class ReminderPolicyRecord {
    static final int MAX_EVERY_DAYS = 90;
    static final int MAX_BALANCE_AGE_DAYS = 365;
    static final Pattern HH_MM = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

    @AggregateIdentifier
    private String policyId;
    private String tenantId;
    private boolean enabled;
    private int everyDays;
    private int minBalanceAgeDays;
    private String localTime;
    private Instant changedAt;

    protected ReminderPolicyRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReminderPolicy handle(ChangeReminderPolicy command, Clock clock) {
        if (command.tenantId() == null || !ChangeReminderPolicy.policyIdOf(command.tenantId()).equals(command.policyId())
                || (tenantId != null && !tenantId.equals(command.tenantId()))) {
            throw new NotFound("REMINDER_POLICY_NOT_FOUND", "no such reminder policy");
        }
        ReminderPolicy now = tenantId == null ? ReminderPolicy.defaults(command.tenantId()) : current();
        boolean on = command.enabled() == null ? now.enabled() : command.enabled();
        int every = command.everyDays() == null ? now.everyDays() : command.everyDays();
        int age = command.minBalanceAgeDays() == null ? now.minBalanceAgeDays() : command.minBalanceAgeDays();
        String at = command.localTime() == null ? now.localTime() : command.localTime().trim();
        if (every < 1 || every > MAX_EVERY_DAYS) {
            throw new RuleViolation("EVERY_DAYS_OUT_OF_RANGE", "everyDays",
                    "remind every 1 to " + MAX_EVERY_DAYS + " days");
        }
        if (age < 0 || age > MAX_BALANCE_AGE_DAYS) {
            throw new RuleViolation("MIN_BALANCE_AGE_OUT_OF_RANGE", "minBalanceAgeDays",
                    "the oldest unpaid bill's age is 0 to " + MAX_BALANCE_AGE_DAYS + " days");
        }
        if (!HH_MM.matcher(at).matches()) {
            throw new RuleViolation("LOCAL_TIME_INVALID", "localTime", "'" + at + "' is not a time such as 10:00 (HH:mm)");
        }
        if (tenantId == null || on != enabled || every != everyDays || age != minBalanceAgeDays
                || !at.equals(localTime)) {
            apply(new ReminderPolicyChanged(command.tenantId(), on, every, age, at, clock.instant()));
        }
        return current();
    }

    private ReminderPolicy current() {
        return new ReminderPolicy(tenantId, enabled, everyDays, minBalanceAgeDays, localTime, changedAt);
    }

    @EventSourcingHandler
    void on(ReminderPolicyChanged event) {
        policyId = ChangeReminderPolicy.policyIdOf(event.tenantId());
        tenantId = event.tenantId();
        enabled = event.enabled();
        everyDays = event.everyDays();
        minBalanceAgeDays = event.minBalanceAgeDays();
        localTime = event.localTime();
        changedAt = event.changedAt();
    }
}
