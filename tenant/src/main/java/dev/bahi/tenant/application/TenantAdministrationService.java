package dev.bahi.tenant.application;

import dev.bahi.tenant.api.ReactivateTenant;
import dev.bahi.tenant.api.SuspendTenant;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.in.AdministerTenantsUseCase;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** The platform admin's life-cycle actions on shops. */
public final class TenantAdministrationService implements AdministerTenantsUseCase {
    private final TenantCommands commands;

    public TenantAdministrationService(CommandGateway commandGateway) {
        this.commands = new TenantCommands(commandGateway);
    }

    @Override
    public TenantView suspend(String tenantId, String reason) {
        return commands.send(tenantId, new SuspendTenant(tenantId, reason));
    }

    @Override
    public TenantView reactivate(String tenantId) {
        return commands.send(tenantId, new ReactivateTenant(tenantId));
    }
}
