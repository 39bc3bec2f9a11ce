package dev.bahi.sales.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.axon.Aggregates;
import dev.bahi.sales.api.ChangeReminderPolicy;
import dev.bahi.sales.api.FindReminderPolicy;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.application.port.in.ReminderPolicyUseCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A shop's reminder policy, changed through its policy aggregate and read through the query bus. */
public final class ReminderPolicyService implements ReminderPolicyUseCase {
    private final CommandGateway commands;
    private final QueryGateway queries;

    public ReminderPolicyService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public ReminderPolicy policy(String tenantId) {
        return queries.query(new FindReminderPolicy(tenantId), ResponseTypes.instanceOf(ReminderPolicy.class)).join();
    }

    /** Answers the policy as every later read shows it: its projection subscribes, so it already holds the change. */
    @Override
    public ReminderPolicy change(String tenantId, ReminderPolicyInput changes) {
        ReminderPolicyInput given = changes == null ? new ReminderPolicyInput(null, null, null, null) : changes;
        ChangeReminderPolicy command = new ChangeReminderPolicy(ChangeReminderPolicy.policyIdOf(tenantId), tenantId,
                given.enabled(), given.everyDays(), given.minBalanceAgeDays(), given.localTime());
        Aggregates.orNotFound(() -> commands.sendAndWait(command),
                () -> new NotFound("REMINDER_POLICY_NOT_FOUND", "no such reminder policy"));
        return policy(tenantId);
    }
}
