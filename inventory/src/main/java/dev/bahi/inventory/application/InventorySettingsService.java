package dev.bahi.inventory.application;

import dev.bahi.inventory.api.ChangeInventorySettings;
import dev.bahi.inventory.api.FindInventorySettings;
import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.application.port.in.InventorySettingsUseCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A shop's inventory settings, changed through its settings aggregate and read through the query bus. */
public final class InventorySettingsService implements InventorySettingsUseCase {
    private final CommandGateway commands;
    private final QueryGateway queries;

    public InventorySettingsService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public InventorySettings settings(String tenantId) {
        return queries.query(new FindInventorySettings(tenantId), ResponseTypes.instanceOf(InventorySettings.class))
                .join();
    }

    @Override
    public InventorySettings change(String tenantId, boolean strictStock) {
        commands.sendAndWait(new ChangeInventorySettings(ChangeInventorySettings.settingsIdOf(tenantId), tenantId,
                strictStock));
        return settings(tenantId);
    }
}
