package dev.bahi.inventory.application.port.out;

import dev.bahi.inventory.api.InventorySettings;
import java.util.Optional;

/** The current inventory settings of each shop, kept in step with its settings events. */
public interface InventorySettingsStore {
    void save(InventorySettings settings);

    Optional<InventorySettings> find(String tenantId);

    void clear();
}
