package dev.bahi.tenant.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.tenant.api.TenantView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** Sends a command to an existing shop and answers the shop as the aggregate left it. */
final class TenantCommands {
    private final CommandGateway commands;

    TenantCommands(CommandGateway commands) {
        this.commands = commands;
    }

    TenantView send(String tenantId, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            // Same code as the aggregate's own refusal, so callers see one answer for "no such shop".
            throw new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found");
        }
    }
}
