package dev.bahi.inventory.application.port.in;

import dev.bahi.inventory.api.InventorySettings;

/** Reading and changing how a shop's stock behaves. */
public interface InventorySettingsUseCase {
    InventorySettings settings(String tenantId);

    InventorySettings change(String tenantId, boolean strictStock);
}
