package dev.bahi.inventory.application;

import dev.bahi.inventory.application.port.out.InventorySettingsStore;
import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.domain.StockRules;

/** Answers items' questions about their shop from the settings store, kept in step with the settings events. */
public final class SettingsStockRules implements StockRules {
    private final InventorySettingsStore settings;

    public SettingsStockRules(InventorySettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public boolean strictStock(String tenantId) {
        return settings.find(tenantId).map(InventorySettings::strictStock).orElse(false);
    }
}
