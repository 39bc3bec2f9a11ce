package dev.bahi.tenant.application;

import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import dev.bahi.tenant.application.port.in.UpdateTenantProfileUseCase;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Changes a shop's business profile through the tenant aggregate, which decides what is valid. */
public final class TenantProfileService implements UpdateTenantProfileUseCase {
    private final TenantCommands commands;

    public TenantProfileService(CommandGateway commandGateway) {
        this.commands = new TenantCommands(commandGateway);
    }

    @Override
    public TenantView updateProfile(String tenantId, ProfileChanges changes) {
        return commands.send(tenantId, new UpdateTenantProfile(tenantId, changes));
    }
}
