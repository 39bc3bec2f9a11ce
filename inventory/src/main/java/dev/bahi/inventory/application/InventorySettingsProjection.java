package dev.bahi.inventory.application;

import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.InventorySettingsChanged;
import dev.bahi.inventory.application.port.out.InventorySettingsStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps each shop's inventory settings. Runs in the changing command's unit of work (a subscribing
 * processor), so that the next sale already sees a shop's new strict-stock setting.
 */
@ProcessingGroup(InventorySettingsProjection.PROCESSING_GROUP)
public class InventorySettingsProjection {
    public static final String PROCESSING_GROUP = "inventory.settings";

    private final InventorySettingsStore store;

    public InventorySettingsProjection(InventorySettingsStore store) {
        this.store = store;
    }

    @EventHandler
    public void on(InventorySettingsChanged event) {
        store.save(new InventorySettings(event.tenantId(), event.strictStock(), event.changedAt()));
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }
}
